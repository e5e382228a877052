import { describe, expect, it } from "vitest";
import { emptyRequirements, type Position } from "../../../../server/positions/position.schema.js";
import { sameTitle, titleKey } from "../../../helpers/same-title.js";
import { pairPositions, titleCounts } from "../corpus.score.js";
import { req } from "./batch.js";
import { figures, skillCounts } from "./score.js";

const position = (title: string, skills: string[]): Position => ({
  title, department: null, reportsTo: null, subordinates: [], summary: null, responsibilities: ["x"], language: "zh-Hans", sourceText: title,
  compliance: [], requirements: { ...emptyRequirements(), skills: skills.map((name) => ({ name, required: true })) },
});

describe("skill precision", () => {
  it("counts a found skill right only when it is a listed or accepted name, folded", () => {
    const found = [position("数据分析师", ["sql", "Power BI", "SQL skills", "具良好溝通能力"])];
    const counts = skillCounts(found, [{ title: "数据分析师", skills: req("SQL"), acceptSkills: ["PowerBI", "沟通能力"] }]);
    expect(counts).toEqual({ found: 4, right: 2, listed: 1, listedFound: 1 });
  });

  it("ignores positions whose reading states no skills, and positions the parser missed", () => {
    const found = [position("A", ["Excel"]), position("B", ["Word"])];
    expect(skillCounts(found, [{ title: "A" }, { title: "C", skills: req("Word") }])).toEqual({ found: 0, right: 0, listed: 0, listedFound: 0 });
  });
});

describe("figures", () => {
  it("scores titles script-blind, with an extra position lowering precision and a missed one recall", () => {
    const f = figures([
      { name: "d", family: "x", positions: [position("資料分析師", []), position("岗位定员", [])], expected: [{ title: "资料分析师" }, { title: "咖啡师" }] },
    ]);
    expect([f.titleRecall, f.titlePrecision, f.positions]).toEqual([0.5, 0.5, 2]);
  });

  it("reports null rather than a perfect score when nothing was counted", () => {
    const f = figures([{ name: "d", family: "x", positions: [], expected: [{ title: "A" }] }]);
    expect([f.titleRecall, f.titlePrecision, f.fields, f.skillPrecision]).toEqual([0, null, null, null]);
  });
});

describe("title matching", () => {
  it("folds script, width, case, spaces and punctuation", () => {
    expect(sameTitle("設備工程師(刻蝕)", "设备工程师（刻蚀）")).toBe(true);
    expect(sameTitle("Site Supervisor - Commercial Fit-out", "Site Supervisor – Commercial Fit-out")).toBe(true);
    expect(sameTitle("  java开发工程师 ", "Java开发工程师")).toBe(true);
  });

  it("does not accept a title that only holds the expected one or sits inside it", () => {
    expect(sameTitle("副总裁助理", "副总裁")).toBe(false);
    expect(sameTitle("Engineer", "Senior Process Engineer")).toBe(false);
    expect(sameTitle("Senior Process Engineer, Pasadena", "Senior Process Engineer")).toBe(false);
  });

  it("keeps + and # (C++ is not C)", () => {
    expect(titleKey("C++工程师")).not.toBe(titleKey("C工程师"));
    expect(sameTitle("C#开发", "C开发")).toBe(false);
  });

  it("accepts a listed alias, in titleCounts and in pairing", () => {
    const expected = [{ title: "Accounts Clerk 會計文員", titleAliases: ["Accounts Clerk", "會計文員"] }, { title: "收费员" }];
    expect(titleCounts(["会计文员", "收费员助理"], expected)).toEqual({ matched: 1, found: 2, expected: 2 });
    const pairs = pairPositions([position("Accounts Clerk", [])], expected);
    expect(pairs.map((p) => p.found?.title ?? null)).toEqual(["Accounts Clerk", null]);
  });

  it("counts a repeated title once per expected occurrence", () => {
    expect(titleCounts(["店员", "店员", "店员"], ["店员", "店员"])).toEqual({ matched: 2, found: 3, expected: 2 });
  });
});
