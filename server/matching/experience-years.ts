import type { CandidateProfile } from "./match.schema.js";
import {
  assistantTitleSuffixes,
  individualContributorTitles,
  managementTitleWords,
  managementTitleWordsEn,
} from "./data/experience-keywords.js";
import { mentionedSkills } from "./skills.js";
import { foldWords, termKey } from "../text/fold.js";
import { memoizeText } from "../text/memo.js";
import { containsTerm } from "./text-key.js";

export type ExperienceEntry = CandidateProfile["experience"][number];

/** Months since year 0 of a "YYYY-MM" string, or null when it is not one. */
export function monthIndex(yearMonth: string): number | null {
  // By character codes, not a pattern: every pair scored reads every entry's dates.
  if (yearMonth.length !== 7 || yearMonth.charCodeAt(4) !== 45) return null;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = yearMonth.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    year = year * 10 + digit;
  }
  const tens = yearMonth.charCodeAt(5) - 48;
  const ones = yearMonth.charCodeAt(6) - 48;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return null;
  const month = tens * 10 + ones;
  return month >= 1 && month <= 12 ? year * 12 + month - 1 : null;
}

/**
 * Total years covered by the entries, each counted once where they overlap. Months are inclusive
 * (2020-01…2020-12 is one year). A job without an end date runs through the month of `asOf`; nothing is
 * counted past that month, so dates in the future add nothing.
 */
export function experienceYears(
  experience: readonly ExperienceEntry[],
  asOf: Date,
  filter: (entry: ExperienceEntry) => boolean = everyEntry,
): number {
  return coveredYears(datedEntries(experience.filter(filter)), lastMonthOf(asOf));
}

/** An entry's months read once: [start, end], end null for a current job; null start or end when unreadable. */
export type DatedEntry = { start: number | null; end: number | null; current: boolean };

export function datedEntries(experience: readonly ExperienceEntry[]): DatedEntry[] {
  return experience.map((entry) => ({ start: monthIndex(entry.startDate), end: entry.endDate == null ? null : monthIndex(entry.endDate), current: entry.endDate == null }));
}

/** The month index that `asOf` falls in: current jobs run through it, nothing counts after it. */
export const lastMonthOf = (asOf: Date) => asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();

/** experienceYears over dated entries (only those whose `include` bit is set, when given). */
export function coveredYears(entries: readonly DatedEntry[], lastMonth: number, include?: readonly boolean[]): number {
  const intervals: [number, number][] = [];
  for (let i = 0; i < entries.length; i++) {
    if (include !== undefined && !include[i]) continue;
    const { start, current } = entries[i]!;
    const end = current ? lastMonth : entries[i]!.end;
    if (start === null || end === null) continue;
    const to = Math.min(end, lastMonth) + 1;
    if (to > start) intervals.push([start, to]);
  }
  if (intervals.length > 1) intervals.sort(byStart);
  let months = 0;
  let coveredTo = -Infinity;
  for (const [from, to] of intervals) {
    if (to <= coveredTo) continue;
    months += to - Math.max(from, coveredTo);
    coveredTo = to;
  }
  return months / 12;
}

const everyEntry = () => true;
const byStart = (a: [number, number], b: [number, number]) => a[0] - b[0];

const hanChar = /[\u3400-\u9fff]/;
const englishTitleWords = new RegExp(`\\b(${managementTitleWordsEn.join("|")})\\b`);

/** Whether the entry is a management role: flagged so, or titled like one and not as its assistant. */
export function isManagementEntry(entry: ExperienceEntry): boolean {
  if (entry.management !== undefined) return entry.management;
  return isManagementTitle(entry.title);
}

const isManagementTitle = memoizeText((raw) => {
  const title = foldWords(raw);
  if (assistantTitleSuffixes.some((suffix) => title.endsWith(suffix))) return false;
  if (individualContributorTitles.some((words) => title.includes(words))) return false;
  return managementTitleWords.some((word) => title.includes(word)) || englishTitleWords.test(title);
});

/**
 * Whether the entry's title or description relates to one of the fields: the field's text appears in
 * it, or both mention the same known skill concept (a 銷售代表 job is 销售; "k8s" relates to Kubernetes).
 */
export function isRelevantEntry(entry: ExperienceEntry, fields: readonly string[]): boolean {
  const text = `${entry.title} ${entry.description ?? ""}`;
  let byField = relevance.get(text);
  if (byField === undefined) {
    if (relevance.size >= relevanceLimit) relevance.clear();
    byField = new Map();
    relevance.set(text, byField);
  }
  for (const field of fields) {
    let relevant = byField.get(field);
    if (relevant === undefined) {
      relevant = relatesTo(text, field);
      byField.set(field, relevant);
    }
    if (relevant) return true;
  }
  return false;
}

// Each (entry text, field) pair recurs for every vacancy naming the field; the answer is kept.
const relevanceLimit = 5_000;
const relevance = new Map<string, Map<string, boolean>>();

function relatesTo(text: string, field: string): boolean {
  const key = termKey(field);
  // Han text has no word boundaries to keep, so spacing differences ("客户 服务") may be ignored.
  if (key.length > 0 && (containsTerm(foldWords(text), foldWords(field)) || (hanChar.test(key) && termKey(text).includes(key)))) {
    return true;
  }
  const concepts = mentionedSkills(text);
  return mentionedSkills(field).some((concept) => concepts.includes(concept));
}
