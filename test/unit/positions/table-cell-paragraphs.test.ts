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

  it("keeps every cell's further paragraphs in their row when the title column is not the first", () => {
    const lines = [
      line("展位\t公司\t职位名称\t人数\t学历\t要求", { table: 0, row: 0 }),
      line("K3\t鸿远光电有限公司\t光学工程师\t4\t硕士以上\t熟悉 Zemax 光学设计", { table: 0, row: 1 }),
      line("\t\tOptical Engineer", { table: 0, row: 1, col: 2 }),
      line("\t\t\t\t\t英语 CET-6 以上", { table: 0, row: 1, col: 5 }),
      line("K3\t鸿远光电有限公司\t品质专员\t2\t大专以上\t熟悉 ISO9001 体系", { table: 0, row: 2 }),
      line("\t\tQuality Specialist", { table: 0, row: 2, col: 2 }),
      line("\t\t\t\t\t有3年以上品质管理经验", { table: 0, row: 2, col: 5 }),
      line("M8\t青禾餐饮\t储备干部\t6\t大专以上\t具2年以上餐饮经验", { table: 0, row: 3 }),
      line("\t\tManagement Trainee", { table: 0, row: 3, col: 2 }),
    ];
    const text = lines.map((l) => l.text).join("\n");
    const positions = parsePositions(text, lines).positions;
    expect(positions.map((p) => p.title)).toEqual(["光学工程师", "品质专员", "储备干部"]);
    const [optical, quality, trainee] = positions;
    expect(optical!.requirements.education.minLevel).toBe("master");
    expect(optical!.requirements.languages.map((l) => l.name)).toEqual(["英语"]);
    expect(quality!.requirements.education.minLevel).toBe("associate");
    expect(quality!.requirements.experience.minYears).toBe(3);
    expect(trainee!.requirements.experience.minYears).toBe(2);
  });
});
