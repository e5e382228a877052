import { describe, expect, it } from "vitest";
import { lineAtOffset, locateLines, type DocumentLine } from "../../../server/documents/index.js";

const line = (text: string, extra: Partial<DocumentLine> = {}): DocumentLine => ({ text, page: 1, indent: 0, ...extra });
const spans = (text: string, lines: DocumentLine[]) => locateLines(text, lines).map((l) => text.slice(l.start, l.end));

describe("locateLines: where a decoder's lines stand in its text", () => {
  it("finds lines written one to one, in order", () => {
    const text = "Data Analyst\nWhat you will do\n- Build dashboards";
    expect(spans(text, [line("Data Analyst", { heading: 1 }), line("What you will do"), line("- Build dashboards")])).toEqual([
      "Data Analyst", "What you will do", "- Build dashboards",
    ]);
  });

  it("gives a Markdown heading its '#' marks and a list item its rendered marker's place", () => {
    const text = "---\ntitle: Careers\n---\n## 前端工程师\n- 3年以上React经验";
    expect(spans(text, [line("前端工程师", { heading: 2 }), line("• 3年以上React经验")])).toEqual(["## 前端工程师", "- 3年以上React经验"]);
  });

  it("finds a pipe-table row by its first cell", () => {
    const text = "| 岗位 | 人数 |\n| --- | --- |\n| 会计 | 1 |";
    const found = locateLines(text, [line("岗位\t人数", { cells: ["岗位", "人数"] }), line("会计\t1", { cells: ["会计", "1"] })]);
    expect(found.map((l) => text.slice(l.start, l.end))).toEqual(["| 岗位", "| 会计"]);
  });

  it("leaves out a line the text does not hold and goes on with the next", () => {
    const text = "Engineer\nRequirements\n- Go";
    expect(spans(text, [line("Engineer"), line("A line only the decoder wrote"), line("Requirements"), line("• Go")])).toEqual(["Engineer", "Requirements", "- Go"]);
  });

  it("does not take words from the middle of a sentence for a line of their own", () => {
    const text = "We hire a Data Analyst soon.\nData Analyst";
    const [found] = locateLines(text, [line("Data Analyst", { heading: 2 })]);
    expect(found!.start).toBe(text.lastIndexOf("Data Analyst"));
  });

  it("answers which line holds an offset", () => {
    const text = "AAA\nBBB\nCCC";
    const located = locateLines(text, [line("AAA"), line("CCC", { bold: true })]);
    expect(lineAtOffset(located, 9)?.line.bold).toBe(true);
    expect(lineAtOffset(located, 5)).toBeUndefined();
  });
});
