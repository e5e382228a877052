import type { Requirements } from "../positions/position.schema.js";
import { criteria, type CriterionContext, type CriterionResults } from "./criteria.js";
import { prepareCandidate, prepareRequirements, type PreparedCandidate, type PreparedRequirements } from "./prepared.js";
import { findSought, type SkillMatch } from "./skills.js";
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
  const ctx = new PairContext(prepareCandidate(candidate), prepareRequirements(requirements), opts.asOf, opts.locale ?? "en");
  const weights = opts.weights === undefined ? defaultWeights : normalizeWeights(opts.weights);
  const results: Record<string, CriterionResults[keyof CriterionResults]> = {};
  let weighted = 0;
  let qualified = true;
  for (const entry of criteria) {
    const result = entry.score(ctx);
    results[entry.name] = result;
    weighted += weights[entry.name] * result.score;
    qualified &&= result.met;
  }
  return {
    score: Math.round(Math.min(100, Math.max(0, weighted * 100)) * 10) / 10,
    qualified,
    criteria: results as CriterionResults,
  };
}

const defaultWeights = normalizeWeights();

class PairContext implements CriterionContext {
  private foundItems: (SkillMatch | null)[] | undefined;
  constructor(
    readonly candidate: PreparedCandidate,
    readonly requirements: PreparedRequirements,
    readonly asOf: Date,
    readonly locale: Locale,
  ) {}

  found(): readonly (SkillMatch | null)[] {
    if (this.foundItems === undefined) {
      const { items } = this.requirements;
      const held = this.candidate.held;
      this.foundItems = new Array(items.length);
      for (let i = 0; i < items.length; i++) this.foundItems[i] = findSought(items[i]!.sought, held);
    }
    return this.foundItems;
  }
}
