import { describe, expect, it } from "vitest";
import { educationLevels } from "../../../server/positions/position.schema.js";
import { highestLevel, levelRank, scoreEducation } from "../../../server/matching/score-education.js";

const requirement = (minLevel: (typeof educationLevels)[number] | null, majors: string[] = [], majorsRequired = false) => ({
  minLevel,
  majors,
  majorsRequired,
});

describe("levelRank", () => {
  it("orders levels as the contract lists them", () => {
    const ranks = educationLevels.map(levelRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(levelRank("associate")).toBeLessThan(levelRank("bachelor"));
    expect(levelRank("master")).toBeLessThan(levelRank("doctorate"));
  });
});

describe("highestLevel", () => {
  it("takes the highest entry regardless of order", () => {
    expect(highestLevel([{ level: "master" }, { level: "bachelor" }, { level: "high_school" }])).toBe("master");
  });

  it("is null without entries", () => {
    expect(highestLevel([])).toBeNull();
  });
});

describe("scoreEducation", () => {
  it("meets the criterion with score 1 when nothing is required", () => {
    expect(scoreEducation([], requirement(null), "en")).toMatchObject({ score: 1, met: true });
  });

  it("meets the minimum level exactly", () => {
    expect(scoreEducation([{ level: "bachelor" }], requirement("bachelor"), "en")).toMatchObject({ score: 1, met: true });
  });

  it("does not penalize overqualification", () => {
    const exact = scoreEducation([{ level: "bachelor" }], requirement("bachelor"), "en");
    const over = scoreEducation([{ level: "doctorate" }], requirement("bachelor"), "en");
    expect(over).toMatchObject({ score: exact.score, met: true });
  });

  it("fails below the minimum, scoring less the further below", () => {
    const oneBelow = scoreEducation([{ level: "associate" }], requirement("bachelor"), "en");
    const twoBelow = scoreEducation([{ level: "high_school" }], requirement("bachelor"), "en");
    expect(oneBelow.met).toBe(false);
    expect(twoBelow.score).toBeLessThan(oneBelow.score);
    expect(oneBelow.score).toBeLessThan(1);
  });

  it("fails a level requirement when no education is listed", () => {
    const result = scoreEducation([], requirement("associate"), "en");
    expect(result).toMatchObject({ score: 0, met: false });
    expect(result.reasons[0]?.code).toBe("education.level_missing");
  });

  it("ranks exact major > same family > unrelated", () => {
    const wanted = requirement("bachelor", ["软件工程"]);
    const exact = scoreEducation([{ level: "bachelor", major: "軟件工程" }], wanted, "en");
    const family = scoreEducation([{ level: "bachelor", major: "Computer Science" }], wanted, "en");
    const unrelated = scoreEducation([{ level: "bachelor", major: "会计学" }], wanted, "en");
    expect(exact.score).toBeGreaterThan(family.score);
    expect(family.score).toBeGreaterThan(unrelated.score);
    expect([exact, family, unrelated].map((r) => r.reasons.at(-1)?.code)).toEqual([
      "education.major_exact",
      "education.major_same_family",
      "education.major_unrelated",
    ]);
  });

  it("still meets the criterion with an unrelated major when majors are only preferred", () => {
    expect(scoreEducation([{ level: "bachelor", major: "历史学" }], requirement("bachelor", ["计算机"]), "en").met).toBe(true);
  });

  it("treats 专业不限 as no major requirement", () => {
    const anyMajor = scoreEducation([{ level: "bachelor", major: "历史学" }], requirement("bachelor", ["专业不限"], true), "en");
    expect(anyMajor).toMatchObject({ score: 1, met: true });
    expect(anyMajor.reasons.map((r) => r.code)).toEqual(["education.level_met"]);
  });

  it("fails when majors are required and none relates", () => {
    const wanted = requirement("bachelor", ["计算机"], true);
    expect(scoreEducation([{ level: "bachelor", major: "历史学" }], wanted, "en").met).toBe(false);
    expect(scoreEducation([{ level: "bachelor" }], wanted, "en").met).toBe(false);
    expect(scoreEducation([{ level: "bachelor", major: "网络工程" }], wanted, "en").met).toBe(true);
  });
});
