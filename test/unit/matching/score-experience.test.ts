import { describe, expect, it } from "vitest";
import { scoreExperience } from "../../../server/matching/score-experience.js";
import type { ExperienceEntry } from "../../../server/matching/experience-years.js";

const asOf = new Date("2026-06-15T00:00:00Z");
const none = { minYears: null, maxYears: null, management: false, fields: [] as string[] };
const sales: ExperienceEntry[] = [
  { title: "销售代表", startDate: "2019-07", endDate: "2022-06" },
  { title: "销售主管", startDate: "2022-07", endDate: null },
];
const codes = (result: { reasons: { code: string }[] }) => result.reasons.map((r) => r.code);

describe("scoreExperience", () => {
  it("meets an empty requirement with score 1 and still reports years", () => {
    const result = scoreExperience(sales, none, asOf, "en");
    expect(result).toMatchObject({ score: 1, met: true, years: 7 });
    expect(codes(result)).toEqual(["experience.no_requirement"]);
  });

  it("rounds years to one decimal", () => {
    expect(scoreExperience([{ title: "文员", startDate: "2025-01", endDate: "2025-05" }], none, asOf, "en").years).toBe(0.4);
  });

  it("meets minYears with enough years", () => {
    const result = scoreExperience(sales, { ...none, minYears: 5 }, asOf, "en");
    expect(result).toMatchObject({ met: true, score: 1 });
    expect(codes(result)).toContain("experience.years_met");
  });

  it("fails minYears when short, with partial credit", () => {
    const result = scoreExperience(sales, { ...none, minYears: 10 }, asOf, "en");
    expect(result.met).toBe(false);
    expect(result.score).toBeCloseTo(0.7);
    expect(codes(result)).toContain("experience.years_short");
  });

  it("reports but does not penalize years above maxYears", () => {
    const within = scoreExperience(sales, { ...none, minYears: 3, maxYears: 8 }, asOf, "en");
    const above = scoreExperience(sales, { ...none, minYears: 3, maxYears: 5 }, asOf, "en");
    expect(above).toMatchObject({ met: true, score: within.score });
    expect(codes(above)).toContain("experience.years_above_max");
    expect(codes(within)).not.toContain("experience.years_above_max");
  });

  it("requires some management years when management is asked for", () => {
    const withManager = scoreExperience(sales, { ...none, management: true }, asOf, "en");
    expect(withManager.met).toBe(true);
    expect(withManager.reasons[0]).toMatchObject({ code: "experience.management_met", params: { managementYears: 4 } });
    const without = scoreExperience([sales[0]!], { ...none, management: true }, asOf, "en");
    expect(without.met).toBe(false);
    expect(codes(without)).toEqual(["experience.management_missing"]);
  });

  it("scores field-relevant years without failing on them", () => {
    const relevant = scoreExperience(sales, { ...none, minYears: 3, fields: ["銷售"] }, asOf, "en");
    const unrelated = scoreExperience(sales, { ...none, minYears: 3, fields: ["会计"] }, asOf, "en");
    expect(relevant.score).toBeGreaterThan(unrelated.score);
    expect(unrelated.met).toBe(true);
    expect(codes(relevant)).toContain("experience.field_years");
    expect(codes(unrelated)).toContain("experience.field_missing");
  });
});
