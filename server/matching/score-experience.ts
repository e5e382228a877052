import type { Requirements } from "../positions/position.schema.js";
import { z } from "zod";
import type { CandidateProfile } from "./match.schema.js";
import { experienceYears, isManagementEntry, isRelevantEntry } from "./experience-years.js";
import { Reason, reason, roundScore, type Locale } from "./reasons.js";

export const ExperienceResult = z.object({ score: z.number(), met: z.boolean(), years: z.number(), reasons: z.array(Reason) });
export type ExperienceResult = z.infer<typeof ExperienceResult>;

const roundYears = (years: number) => Math.round(years * 10) / 10;

/**
 * Total years (overlaps counted once) against minYears; management years when management is asked for;
 * field-relevant years when fields are named. The score is the mean of the parts that apply.
 *
 * Only total years and management decide `met`. Fields come from free-text extraction and the
 * candidate's own wording, too noisy to disqualify on, so relevant years only shape the score. Being
 * above maxYears is reported but neither fails nor lowers the score: an upper bound on experience
 * mostly works as an age filter, which Chinese employment law restricts, and overqualification is
 * the employer's call to make with the reason in front of them.
 */
export function scoreExperience(
  experience: CandidateProfile["experience"],
  requirement: Requirements["experience"],
  asOf: Date,
  locale: Locale,
): ExperienceResult {
  const { minYears, maxYears, management, fields } = requirement;
  const total = experienceYears(experience, asOf);
  const years = roundYears(total);
  const reasons: ExperienceResult["reasons"] = [];
  const parts: number[] = [];
  let met = true;

  if (minYears !== null && minYears > 0) {
    const enough = total >= minYears;
    met &&= enough;
    parts.push(enough ? 1 : total / minYears);
    reasons.push(reason(enough ? "experience.years_met" : "experience.years_short", { years, minYears }, locale));
  }
  if (maxYears !== null && total > maxYears) {
    reasons.push(reason("experience.years_above_max", { years, maxYears }, locale));
  }
  if (management) {
    const managementYears = roundYears(experienceYears(experience, asOf, isManagementEntry));
    const has = managementYears > 0;
    met &&= has;
    parts.push(has ? 1 : 0);
    reasons.push(
      has
        ? reason("experience.management_met", { managementYears }, locale)
        : reason("experience.management_missing", {}, locale),
    );
  }
  if (fields.length > 0) {
    const fieldYears = experienceYears(experience, asOf, (entry) => isRelevantEntry(entry, fields));
    // Without a minimum, a year of relevant work is taken as fully relevant experience.
    parts.push(Math.min(1, fieldYears / Math.max(minYears ?? 1, 1)));
    reasons.push(
      fieldYears > 0
        ? reason("experience.field_years", { fieldYears: roundYears(fieldYears), fields }, locale)
        : reason("experience.field_missing", { fields }, locale),
    );
  }
  if (parts.length === 0) {
    if (reasons.length === 0) reasons.push(reason("experience.no_requirement", { years }, locale));
    return { score: 1, met: true, years, reasons };
  }
  const score = parts.reduce((sum, part) => sum + part, 0) / parts.length;
  return { score: roundScore(score), met, years, reasons };
}
