import type { CandidateProfile } from "./match.schema.js";
import {
  assistantTitleSuffixes,
  individualContributorTitles,
  managementTitleWords,
  managementTitleWordsEn,
} from "./data/experience-keywords.js";
import { mentionedSkills } from "./skills.js";
import { foldWords, termKey } from "../text/fold.js";
import { containsTerm } from "./text-key.js";

export type ExperienceEntry = CandidateProfile["experience"][number];

/** Months since year 0 of a "YYYY-MM" string, or null when it is not one. */
export function monthIndex(yearMonth: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : null;
}

/**
 * Total years covered by the entries, each counted once where they overlap. Months are inclusive
 * (2020-01…2020-12 is one year). A job without an end date runs through the month of `asOf`; nothing is
 * counted past that month, so dates in the future add nothing.
 */
export function experienceYears(
  experience: readonly ExperienceEntry[],
  asOf: Date,
  filter: (entry: ExperienceEntry) => boolean = () => true,
): number {
  const lastMonth = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  const intervals: [number, number][] = [];
  for (const entry of experience) {
    if (!filter(entry)) continue;
    const start = monthIndex(entry.startDate);
    const end = entry.endDate == null ? lastMonth : monthIndex(entry.endDate);
    if (start === null || end === null) continue;
    const to = Math.min(end, lastMonth) + 1;
    if (to > start) intervals.push([start, to]);
  }
  intervals.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let coveredTo = -Infinity;
  for (const [from, to] of intervals) {
    if (to <= coveredTo) continue;
    months += to - Math.max(from, coveredTo);
    coveredTo = to;
  }
  return months / 12;
}

const hanChar = /[\u3400-\u9fff]/;
const englishTitleWords = new RegExp(`\\b(${managementTitleWordsEn.join("|")})\\b`);

/** Whether the entry is a management role: flagged so, or titled like one and not as its assistant. */
export function isManagementEntry(entry: ExperienceEntry): boolean {
  if (entry.management !== undefined) return entry.management;
  const title = foldWords(entry.title);
  if (assistantTitleSuffixes.some((suffix) => title.endsWith(suffix))) return false;
  if (individualContributorTitles.some((words) => title.includes(words))) return false;
  return managementTitleWords.some((word) => title.includes(word)) || englishTitleWords.test(title);
}

/**
 * Whether the entry's title or description relates to one of the fields: the field's text appears in
 * it, or both mention the same known skill concept (a 銷售代表 job is 销售; "k8s" relates to Kubernetes).
 */
export function isRelevantEntry(entry: ExperienceEntry, fields: readonly string[]): boolean {
  const text = `${entry.title} ${entry.description ?? ""}`;
  const folded = foldWords(text);
  const compact = termKey(text);
  const concepts = new Set(mentionedSkills(text));
  return fields.some((field) => {
    const key = termKey(field);
    // Han text has no word boundaries to keep, so spacing differences ("客户 服务") may be ignored.
    if (key.length > 0 && (containsTerm(folded, foldWords(field)) || (hanChar.test(key) && compact.includes(key)))) {
      return true;
    }
    return mentionedSkills(field).some((concept) => concepts.has(concept));
  });
}
