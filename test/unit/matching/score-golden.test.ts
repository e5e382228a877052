import { describe, expect, it } from "vitest";
import { scoringPairs } from "../../../bench/scoring.js";
import type { MatchResult } from "../../../server/matching/match.schema.js";
import { scoreMatch } from "../../../server/matching/score.js";
import golden from "./golden/scores.json" with { type: "json" };

// Scoring is prepared per requirements and per candidate (prepared.ts) for speed; these results were
// written by the scorer before that change, so any drift in a score, a flag or a reason fails here.
type GoldenPair = { locale: "en" | "zh"; weighted?: boolean; role: number; candidate: number; result: MatchResult };
const weights = { languages: 1, certifications: 0.5 };

describe("scoreMatch against results pinned before scoring was prepared", () => {
  const { candidates, roles, asOf } = scoringPairs();
  const pairs = golden.pairs as GoldenPair[];

  it("covers a spread of reasons", () => {
    const codes = new Set(pairs.flatMap((p) => Object.values(p.result.criteria).flatMap((c) => c.reasons.map((r) => r.code))));
    expect(codes.size).toBeGreaterThan(20);
  });

  it("gives every pinned pair the same score, qualification and reasons", () => {
    for (const p of pairs) {
      const result = scoreMatch(candidates[p.candidate]!, roles[p.role]!, { asOf, locale: p.locale, weights: p.weighted ? weights : undefined });
      expect({ role: p.role, candidate: p.candidate, result: JSON.parse(JSON.stringify(result)) }).toEqual({ role: p.role, candidate: p.candidate, result: p.result });
    }
  });

  it("gives the same results when the same objects are scored again (what was prepared stays true)", () => {
    for (const p of pairs.slice(0, 10)) {
      const opts = { asOf, locale: p.locale, weights: p.weighted ? weights : undefined };
      const first = JSON.stringify(scoreMatch(candidates[p.candidate]!, roles[p.role]!, opts));
      expect(JSON.stringify(scoreMatch(structuredClone(candidates[p.candidate]!), structuredClone(roles[p.role]!), opts))).toBe(first);
      expect(JSON.parse(first)).toEqual(p.result);
    }
  });
});
