import type { Requirements } from "../positions/position.schema.js";
import { z } from "zod";
import type { CandidateProfile } from "./match.schema.js";
import { coveredYears, datedEntries, isManagementEntry, isRelevantEntry, lastMonthOf, type DatedEntry, type ExperienceEntry } from "./experience-years.js";
import { Reason, reason, roundScore, type Locale } from "./reasons.js";

export const ExperienceResult = z.object({ score: z.number(), met: z.boolean(), years: z.number(), reasons: z.array(Reason) });
export type ExperienceResult = z.infer<typeof ExperienceResult>;

const roundYears = (years: number) => Math.round(years * 10) / 10;

/**
 * A candidate's experience as scoring reads it, prepared once per candidate: dated entries, which are
 * management roles, and the years already counted (per month of `asOf`, per list of fields).
 */
export type HeldExperience = {
  entries: readonly ExperienceEntry[];
  dated: readonly DatedEntry[];
  management: readonly boolean[];
  /** The years counted so far, for the month (of `asOf`) they were counted in. */
  counted: { month: number; total: number; management: number | undefined; fields: Map<string, number> } | undefined;
};

/** The experience requirement with a key for its list of fields, made once per requirements. */
export type WantedExperience = Requirements["experience"] & { fieldsKey: string };

export function heldExperience(experience: CandidateProfile["experience"]): HeldExperience {
  return { entries: experience, dated: datedEntries(experience), management: experience.map(isManagementEntry), counted: undefined };
}

export const wantedExperience = (requirement: Requirements["experience"]): WantedExperience => ({ ...requirement, fieldsKey: requirement.fields.join("\u0000") });

function countedIn(held: HeldExperience, month: number): NonNullable<HeldExperience["counted"]> {
  if (held.counted?.month !== month) held.counted = { month, total: coveredYears(held.dated, month), management: undefined, fields: new Map() };
  return held.counted;
}

function fieldYearsOf(held: HeldExperience, month: number, wanted: WantedExperience): number {
  const { fields } = countedIn(held, month);
  let years = fields.get(wanted.fieldsKey);
  if (years === undefined) {
    // Bounded: a candidate scored against many vacancies meets many lists of fields.
    if (fields.size >= 256) fields.clear();
    years = coveredYears(held.dated, month, held.entries.map((entry) => isRelevantEntry(entry, wanted.fields)));
    fields.set(wanted.fieldsKey, years);
  }
  return years;
}

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
  return experienceScore(heldExperience(experience), wantedExperience(requirement), asOf, locale);
}

/** scoreExperience on a prepared candidate: each count of years is made once per month and fields. */
export function experienceScore(held: HeldExperience, requirement: WantedExperience, asOf: Date, locale: Locale): ExperienceResult {
  const { minYears, maxYears, management, fields } = requirement;
  const lastMonth = lastMonthOf(asOf);
  const counted = countedIn(held, lastMonth);
  const total = counted.total;
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
    counted.management ??= coveredYears(held.dated, lastMonth, held.management);
    const managementYears = roundYears(counted.management);
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
    const fieldYears = fieldYearsOf(held, lastMonth, requirement);
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
  let sum = 0;
  for (const part of parts) sum += part;
  return { score: roundScore(sum / parts.length), met, years, reasons };
}
