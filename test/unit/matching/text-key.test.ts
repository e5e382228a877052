import { describe, expect, it } from "vitest";
import { containsTerm, diceSimilarity, similarTerms } from "../../../server/matching/text-key.js";
import { foldWords, termKey } from "../../../server/text/fold.js";

describe("termKey", () => {
  it.each([
    ["Node.js", "nodejs"],
    ["node js", "nodejs"],
    ["ＣＲＭ", "crm"],
    ["辦公軟體", "办公软体"],
    ["CET-6", "cet6"],
    ["C++", "c++"],
    ["C#", "c#"],
  ])("folds %s to %s", (input, key) => {
    expect(termKey(input)).toBe(key);
  });
});

describe("foldWords", () => {
  it("keeps word separators as single spaces", () => {
    expect(foldWords("Java / Spring  Boot")).toBe("java spring boot");
  });
});

describe("containsTerm", () => {
  it("finds a Latin word only on word boundaries", () => {
    expect(containsTerm("java spring", "java")).toBe(true);
    expect(containsTerm("javascript", "java")).toBe(false);
    expect(containsTerm("google ads", "go")).toBe(false);
  });

  it("treats Han characters next to a Latin word as a boundary", () => {
    expect(containsTerm("熟练使用excel办公", "excel")).toBe(true);
  });

  it("finds Han text anywhere", () => {
    expect(containsTerm("负责区域销售工作", "销售")).toBe(true);
  });

  it("looks past a first occurrence that is not on a boundary", () => {
    expect(containsTerm("javascript and java", "java")).toBe(true);
  });
});

describe("diceSimilarity", () => {
  it("is 1 for equal keys and 0 for disjoint ones", () => {
    expect(diceSimilarity("kubernetes", "kubernetes")).toBe(1);
    expect(diceSimilarity("销售", "会计")).toBe(0);
  });

  it("stays at or above 0.8 for a dropped letter", () => {
    expect(diceSimilarity("salesforce", "salesforc")).toBeGreaterThanOrEqual(0.8);
  });

  it("falls below 0.8 for a changed letter inside a ten-letter word (two bigrams lost)", () => {
    expect(diceSimilarity("salesforce", "salesforse")).toBeCloseTo(7 / 9);
  });
});

describe("similarTerms (fallback for unknown terms)", () => {
  it("matches a typo above the 0.8 threshold", () => {
    expect(similarTerms("Photoshopp", "photoshop")).toBe(true);
  });

  it("matches when one term is most of the other", () => {
    expect(similarTerms("招投标", "招投标管理")).toBe(true);
  });

  it("is script- and case-blind", () => {
    expect(similarTerms("招標採購", "招标采购")).toBe(true);
    expect(similarTerms("LabVIEW", "labview")).toBe(true);
  });

  it("does not match a short generic part of a longer term", () => {
    expect(similarTerms("管理", "项目管理")).toBe(false);
  });

  it("does not match unrelated terms", () => {
    expect(similarTerms("焊接", "财务报表")).toBe(false);
    expect(similarTerms("java", "javascript")).toBe(false);
  });
});
