import { monthIndex } from "../matching/experience-years.js";
import type { CandidateProfile } from "../matching/match.schema.js";
import { DomainError } from "../errors.js";

type FieldError = { path: string; message: string };

/**
 * Rules that depend on the clock or compare fields, so the static schema cannot hold them: an end no
 * earlier than its start, and no start after the current month (a job that has not begun is not
 * experience). `prefix` places the paths inside a larger body, e.g. "candidate".
 */
export function profileDateErrors(profile: CandidateProfile, now: Date, prefix?: string): FieldError[] {
  const errors: FieldError[] = [];
  const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const at = (i: number, field: string) => [...(prefix ? [prefix] : []), "experience", String(i), field].join(".");
  profile.experience.forEach((entry, i) => {
    const start = monthIndex(entry.startDate);
    if (start !== null && start > thisMonth) errors.push({ path: at(i, "startDate"), message: "must not be in the future" });
    const end = entry.endDate == null ? null : monthIndex(entry.endDate);
    if (start !== null && end !== null && end < start) errors.push({ path: at(i, "endDate"), message: "must not be earlier than startDate" });
  });
  const currentYear = now.getUTCFullYear();
  profile.education.forEach((entry, i) => {
    if (entry.graduationYear !== undefined && entry.graduationYear > currentYear + 10) {
      const path = [...(prefix ? [prefix] : []), "education", String(i), "graduationYear"].join(".");
      errors.push({ path, message: "is too far in the future" });
    }
  });
  return errors;
}

/** Throws a 400-class domain error naming every offending field. */
export function assertProfileDates(profile: CandidateProfile, now: Date, prefix?: string): void {
  const errors = profileDateErrors(profile, now, prefix);
  if (errors.length > 0) throw new DomainError("invalid", "invalid candidate profile", { errors }, "invalid-profile");
}
