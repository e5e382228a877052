import type { Requirements } from "../positions/position.schema.js";
import { criteria, type CriterionResults } from "./criteria.js";
import type { CandidateProfile, MatchResult } from "./match.schema.js";
import type { Locale } from "./reasons.js";
import { normalizeWeights, type Weights } from "./weights.js";

export type { Locale } from "./reasons.js";
export { DEFAULT_WEIGHTS, normalizeWeights, type Weights } from "./weights.js";

export type ScoreOptions = { asOf: Date; weights?: Partial<Weights>; locale?: Locale };

/**
 * Scores a candidate against a position's requirements: 0–100 (weighted criterion scores, one decimal),
 * `qualified` when every criterion's required part is met, and reasons per criterion. Pure: the date
 * that "current" jobs run to is `asOf`, and equal inputs give equal results.
 */
export function scoreMatch(candidate: CandidateProfile, requirements: Requirements, opts: ScoreOptions): MatchResult {
  const ctx = { asOf: opts.asOf, locale: opts.locale ?? "en" };
  const weights = normalizeWeights(opts.weights);
  const results = Object.fromEntries(
    criteria.map((entry) => [entry.name, entry.score(candidate, requirements, ctx)]),
  ) as CriterionResults;
  const weighted = criteria.reduce((sum, entry) => sum + weights[entry.name] * results[entry.name].score, 0);
  return {
    score: Math.round(Math.min(100, Math.max(0, weighted * 100)) * 10) / 10,
    qualified: criteria.every((entry) => results[entry.name].met),
    criteria: results,
  };
}
