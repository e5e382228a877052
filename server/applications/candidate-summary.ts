import { experienceYears, isRelevantEntry } from "../matching/experience-years.js";
import type { CandidateProfile, MatchResult } from "../matching/match.schema.js";
import { highestLevel } from "../matching/score-education.js";

export type CandidateSummary = {
  name: string;
  email?: string;
  phone?: string;
  location: string | null;
  educationLevel: string | null;
  latestTitle: string | null;
  years: number;
  skills: string[];
};

/**
 * What a recruiter sees of a candidate on a ranked list. Contact details only for applicants, who
 * sent them to this organization; a talent-pool match gets the rest, since being discoverable is
 * consent to be found, not to hand out an email address.
 */
export function candidateSummary(profile: CandidateProfile, asOf: Date, opts: { contact: boolean }): CandidateSummary {
  const latest = [...profile.experience].sort((a, b) => (b.endDate ?? "9999-12").localeCompare(a.endDate ?? "9999-12") || b.startDate.localeCompare(a.startDate))[0];
  return {
    name: profile.name,
    ...(opts.contact ? { email: profile.email, ...(profile.phone ? { phone: profile.phone } : {}) } : {}),
    location: profile.location ?? null,
    educationLevel: highestLevel(profile.education),
    latestTitle: latest?.title ?? null,
    years: Math.round(experienceYears(profile.experience, asOf) * 10) / 10,
    skills: profile.skills.slice(0, 20),
  };
}

/**
 * Qualified first, then by score, then by an optional tie-breaker (higher first), then by id, highest
 * first like the ranked list's SQL order (applications_ranking_idx), so equal entries keep one stable
 * order across pages and a cursor can resume after any of them.
 */
export function byRank<T extends { id: string; match: { qualified: boolean; score: number } }>(a: T, b: T, tieBreak?: (x: T) => number): number {
  return (
    Number(b.match.qualified) - Number(a.match.qualified) ||
    b.match.score - a.match.score ||
    (tieBreak ? tieBreak(b) - tieBreak(a) : 0) ||
    (a.id > b.id ? -1 : a.id < b.id ? 1 : 0)
  );
}

/**
 * Breaks ties between equal scores (common: many roles ask little, and anyone meets them) by what
 * the candidate has done: a past title in the role's line of work, then each requested item they hold.
 */
export function relevanceToRole(profile: CandidateProfile, roleTitle: string, match: MatchResult): number {
  const sameLine = profile.experience.some((entry) => isRelevantEntry(entry, [roleTitle]));
  return (sameLine ? 10 : 0) + match.criteria.skills.matched.length;
}
