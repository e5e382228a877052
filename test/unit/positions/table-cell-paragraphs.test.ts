import { describe, expect, it } from "vitest";
import type { DocumentLine } from "../../../server/documents/line.js";
import { parsePositions } from "../../../server/positions/parse.js";

const line = (text: string, table?: DocumentLine["table"]): DocumentLine => ({
  text, page: 1, indent: 0, ...(text.includes("\t") ? { cells: text.split("\t") } : {}), ...(table ? { table } : {}),
});

describe("a .docx table row's title cell holding more than one paragraph", () => {
  it("reads the cell's further paragraphs (the name in the other script, the terms) as the row's, not as posts", () => {
    const lines = [
      line("誠聘以下職位："),
      line("職位\t學歷要求\t待遇", { table: 0, row: 0 }),
      line("倉務主任\t中五程度或以上\t月薪 $18,000", { table: 0, row: 1 }),
      line("Warehouse Officer", { table: 0, row: 1, col: 0 }),
      line("長工 Permanent", { table: 0, row: 1, col: 0 }),
      line("司機\t中三程度或以上\t月薪 $17,000", { table: 0, row: 2 }),
      line("Driver", { table: 0, row: 2, col: 0 }),
      line("有意者請電郵至 hr@example.com"),
    ];
    const text = lines.map((l) => l.text).join("\n");
    expect(parsePositions(text, lines).positions.map((p) => p.title)).toEqual(["倉務主任", "司機"]);
  });
});
