import { describe, expect, it } from "vitest";
import { textToLines } from "../../../server/documents/lines/text-lines.js";

describe("textToLines", () => {
  it("should measure indentation with tabs and ideographic spaces", () => {
    expect(textToLines("A\n  B\n\tC\n\u3000\u3000D").map((l) => [l.text, l.indent])).toEqual([["A", 0], ["B", 2], ["C", 4], ["D", 4]]);
  });

  it("should recognize list markers of both scripts, but not numbers with units", () => {
    const lines = textToLines("1. 负责招聘\n2、组织培训\n（一）岗位职责\n• 沟通\n- English\n3年以上经验\n①统筹");
    expect(lines.map((l) => l.list && [l.list.marker, l.list.ordered])).toEqual([
      ["1.", true], ["2、", true], ["（一）", true], ["•", false], ["-", false], undefined, ["①", true],
    ]);
  });

  it("should split tab-separated cells", () => {
    expect(textToLines("学历要求\t本科\n一行").map((l) => l.cells)).toEqual([["学历要求", "本科"], undefined]);
  });

  it("should count pages at form feeds and leave blank lines out, marking the gap", () => {
    const lines = textToLines("第一页\n\n第二段\n\f\n第二页");
    expect(lines.map((l) => [l.text, l.page, l.pageBreakBefore, l.gapBefore])).toEqual([
      ["第一页", 1, undefined, undefined],
      ["第二段", 1, undefined, true],
      ["第二页", 2, true, undefined],
    ]);
  });
});
