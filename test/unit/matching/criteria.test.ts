import { describe, expect, it } from "vitest";
import { criteria, criterionNames } from "../../../server/matching/criteria.js";
import { reasonMessages } from "../../../server/matching/data/reason-messages.js";
import { MatchResult } from "../../../server/matching/match.schema.js";
import { scoreMatch } from "../../../server/matching/score.js";
import { DEFAULT_WEIGHTS, normalizeWeights, weightErrors, WeightsInput } from "../../../server/matching/weights.js";
import { asOf, buildCandidate, buildRequirements, required } from "./factories.js";

describe("criterion table", () => {
  it("gives MatchResult one criteria property per entry, in table order", () => {
    expect(Object.keys(MatchResult.shape.criteria.shape)).toEqual(criterionNames);
    const result = scoreMatch(buildCandidate(), buildRequirements(), { asOf });
    expect(Object.keys(result.criteria)).toEqual(criterionNames);
  });

  it("has reason messages for every criterion, and no codes for unknown criteria", () => {
    const prefixes = new Set(Object.keys(reasonMessages).map((code) => code.split(".")[0]));
    expect([...prefixes].sort()).toEqual([...criterionNames].sort());
  });

  it("takes default weights from the entries, summing to 1", () => {
    const normalized = normalizeWeights();
    for (const entry of criteria) expect(normalized[entry.name]).toBeCloseTo(entry.weight);
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it("is not qualified when any one entry is not met", () => {
    const requirements = buildRequirements({ skills: required("Rust") });
    const result = scoreMatch(buildCandidate({ skills: ["Go"] }), requirements, { asOf });
    expect(Object.entries(result.criteria).filter(([, r]) => !r.met).map(([name]) => name)).toEqual(["skills"]);
    expect(result.qualified).toBe(false);
  });
});

describe("weights input", () => {
  it("accepts any subset of the criteria", () => {
    expect(weightErrors(WeightsInput.parse({ skills: 2 }))).toEqual([]);
    expect(weightErrors({ education: 1, experience: 0, skills: 0 })).toEqual([]);
  });

  it("names an unknown criterion", () => {
    expect(weightErrors({ skills: 1, salary: 2 })).toEqual([{ path: "weights.salary", message: expect.stringContaining("unknown criterion") }]);
  });

  it("refuses weights that leave nothing to count", () => {
    const allZero = Object.fromEntries(criterionNames.map((name) => [name, 0]));
    expect(weightErrors(allZero)).toEqual([{ path: "weights", message: expect.stringContaining("positive") }]);
  });

  it("refuses negative weights in the schema", () => {
    expect(WeightsInput.safeParse({ education: -1 }).success).toBe(false);
  });
});
