import { educationLevels, type EducationLevel, type Requirements } from "../positions/position.schema.js";
import { z } from "zod";
import type { CandidateProfile } from "./match.schema.js";
import { closestMajor, heldMajors, isAnyMajor, requestedMajors, type HeldMajor, type RequestedMajor } from "./majors.js";
import { Reason, reason, roundScore, type Locale } from "./reasons.js";

export const EducationResult = z.object({ score: z.number(), met: z.boolean(), reasons: z.array(Reason) });
export type EducationResult = z.infer<typeof EducationResult>;

// Each level short of the minimum halves the level score: a 大专 applicant for a 本科 role is a
// plausible exception, a 高中 one much less so.
const shortfallFactor = 0.5;
// Share of the criterion carried by the major when majors are requested; the level matters more.
const majorWeight = 0.3;
const majorScores = { exact: 1, same_family: 0.7, unrelated: 0 } as const;

/** Position of the level in educationLevels: higher is more education. */
export function levelRank(level: EducationLevel): number {
  return educationLevels.indexOf(level);
}

/** The candidate's highest level, or null without education entries. */
export function highestLevel(education: CandidateProfile["education"]): EducationLevel | null {
  let best: EducationLevel | null = null;
  for (const entry of education) if (best === null || levelRank(entry.level) > levelRank(best)) best = entry.level;
  return best;
}

/** What scoring reads of a candidate's education, prepared once per candidate. */
export type HeldEducation = { level: EducationLevel | null; majors: readonly HeldMajor[] };
/** What scoring reads of the education requirement, prepared once per requirements. */
export type WantedEducation = {
  minLevel: EducationLevel | null;
  /** The requested majors other than "any major will do". */
  majors: readonly RequestedMajor[];
  majorsRequired: boolean;
};

export function heldEducation(education: CandidateProfile["education"]): HeldEducation {
  return { level: highestLevel(education), majors: heldMajors(education.flatMap((entry) => (entry.major ? [entry.major] : []))) };
}

export function wantedEducation(requirement: Requirements["education"]): WantedEducation {
  const majors = requirement.majors.filter((major) => !isAnyMajor(major));
  return { minLevel: requirement.minLevel, majors: requestedMajors(majors), majorsRequired: requirement.majorsRequired };
}

/**
 * Level against the minimum (above it is as good as meeting it) and, when majors are requested, the
 * closest major: exact > same catalogue class > unrelated. An unrelated major only fails the criterion
 * when the requirements say majors are required.
 */
export function scoreEducation(
  education: CandidateProfile["education"],
  requirement: Requirements["education"],
  locale: Locale,
): EducationResult {
  return educationScore(heldEducation(education), wantedEducation(requirement), locale);
}

/** scoreEducation on prepared sides: what a pair costs once both are read. */
export function educationScore(held: HeldEducation, wanted: WantedEducation, locale: Locale): EducationResult {
  const { minLevel, majorsRequired, majors } = wanted;
  if (minLevel === null && majors.length === 0) {
    return { score: 1, met: true, reasons: [reason("education.no_requirement", {}, locale)] };
  }
  const reasons: EducationResult["reasons"] = [];
  const level = held.level;
  let levelScore = 1;
  let levelMet = true;
  if (minLevel !== null) {
    if (level === null) {
      levelScore = 0;
      levelMet = false;
      reasons.push(reason("education.level_missing", { minLevel }, locale));
    } else {
      const shortBy = levelRank(minLevel) - levelRank(level);
      levelMet = shortBy <= 0;
      levelScore = levelMet ? 1 : shortfallFactor ** shortBy;
      reasons.push(reason(levelMet ? "education.level_met" : "education.level_below", { level, minLevel }, locale));
    }
  }
  if (majors.length === 0) return { score: roundScore(levelScore), met: levelMet, reasons };

  const fit = closestMajor(held.majors, majors);
  if (fit === null) {
    reasons.push(reason("education.major_missing", { requested: majors.map((m) => m.name) }, locale));
  } else if (fit.fit === "exact") {
    reasons.push(reason("education.major_exact", { major: fit.major }, locale));
  } else if (fit.fit === "same_family") {
    const params = { major: fit.major, requested: fit.requested, family: fit.family };
    reasons.push(reason("education.major_same_family", params, locale));
  } else {
    reasons.push(reason("education.major_unrelated", { major: fit.major, requested: majors.map((m) => m.name) }, locale));
  }
  const majorScore = fit === null ? 0 : majorScores[fit.fit];
  const majorMet = !majorsRequired || majorScore > 0;
  const score = (1 - majorWeight) * levelScore + majorWeight * majorScore;
  return { score: roundScore(score), met: levelMet && majorMet, reasons };
}
