import type { Requirements } from "../positions/position.schema.js";
import type { CandidateProfile, MatchResult } from "./match.schema.js";
import type { Locale } from "./reasons.js";
import { scoreEducation } from "./score-education.js";
import { scoreExperience } from "./score-experience.js";
import { scoreSkills } from "./score-skills.js";

export type { Locale } from "./reasons.js";
export type Weights = { education: number; experience: number; skills: number };

/** Skills weigh most: they are the most specific thing a description asks for and a CV lists. */
export const DEFAULT_WEIGHTS: Weights = Object.freeze({ education: 0.3, experience: 0.3, skills: 0.4 });

/** The weights with overrides applied, scaled to sum to 1; negative or non-finite overrides are ignored. */
export function normalizeWeights(overrides: Partial<Weights> = {}): Weights {
  const pick = (key: keyof Weights) => {
    const value = overrides[key];
    return value !== undefined && Number.isFinite(value) && value >= 0 ? value : DEFAULT_WEIGHTS[key];
  };
  const weights = { education: pick("education"), experience: pick("experience"), skills: pick("skills") };
  const sum = weights.education + weights.experience + weights.skills;
  if (sum === 0) return normalizeWeights();
  return { education: weights.education / sum, experience: weights.experience / sum, skills: weights.skills / sum };
}

export type ScoreOptions = { asOf: Date; weights?: Partial<Weights>; locale?: Locale };

/**
 * Scores a candidate against a position's requirements: 0–100 (weighted criterion scores, one decimal),
 * `qualified` when every criterion's required part is met, and reasons per criterion. Pure: the date
 * that "current" jobs run to is `asOf`, and equal inputs give equal results.
 */
export function scoreMatch(candidate: CandidateProfile, requirements: Requirements, opts: ScoreOptions): MatchResult {
  const locale = opts.locale ?? "en";
  const weights = normalizeWeights(opts.weights);
  const education = scoreEducation(candidate.education, requirements.education, locale);
  const experience = scoreExperience(candidate.experience, requirements.experience, opts.asOf, locale);
  const skills = scoreSkills(candidate, requirements, locale);
  const weighted =
    weights.education * education.score + weights.experience * experience.score + weights.skills * skills.score;
  return {
    score: Math.round(Math.min(100, Math.max(0, weighted * 100)) * 10) / 10,
    qualified: education.met && experience.met && skills.met,
    criteria: { education, experience, skills },
  };
}
