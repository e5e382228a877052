import { describe, expect, it } from "vitest";
import { splitFolded } from "../../../server/text/split-folded.js";

describe("splitFolded", () => {
  it("cuts the original text where the folded key has a separator", () => {
    expect(splitFolded("市場營銷、企業管理", "市场营销、企业管理", /、/g)).toEqual([
      { text: "市場營銷", key: "市场营销" },
      { text: "企業管理", key: "企业管理" },
    ]);
  });

  it("matches multi-character separators and English words on the key, keeping the original's case", () => {
    expect(splitFolded("Excel and PowerPoint以及Word", "excel and powerpoint以及word", /\band\b|以及/g).map((p) => p.text)).toEqual(["Excel ", " PowerPoint", "Word"]);
  });

  it("keeps empty pieces between adjacent separators and at the ends", () => {
    expect(splitFolded(";a;;b;", ";a;;b;", /;/g).map((p) => p.text)).toEqual(["", "a", "", "b", ""]);
  });

  it("returns the whole text when there is no separator, and accepts a pattern without the g flag", () => {
    expect(splitFolded("會計", "会计", /、/)).toEqual([{ text: "會計", key: "会计" }]);
    expect(splitFolded("甲/乙", "甲/乙", /\//).map((p) => p.text)).toEqual(["甲", "乙"]);
  });
});
