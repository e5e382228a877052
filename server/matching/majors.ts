import { anyMajorWords, majorFamilies, majorFamilyGroups } from "./data/major-families.js";
import { foldWords, termKey } from "../text/fold.js";
import { memoizeText } from "../text/memo.js";
import { containsTerm } from "./text-key.js";

type FamilyName = keyof typeof majorFamilies;
type Member = { text: string; key: string; family: FamilyName };

const familyByKey = new Map<string, FamilyName>();
const membersForScan: Member[] = [];
for (const [family, names] of Object.entries(majorFamilies) as [FamilyName, readonly string[]][]) {
  for (const name of [family, ...names]) {
    const key = termKey(name);
    const existing = familyByKey.get(key);
    if (existing !== undefined && existing !== family) throw new Error(`major "${name}" is in ${existing} and ${family}`);
    familyByKey.set(key, family);
    membersForScan.push({ text: foldWords(name), key, family });
  }
}
// Longest first: 工业设计 (机械类) must win over the 设计 (设计学类) inside it.
membersForScan.sort((a, b) => b.text.length - a.text.length);

const groupByKey = new Map(Object.entries(majorFamilyGroups).map(([name, families]) => [termKey(name), families]));

// Requirements say "市场营销等相关专业" or "a related field"; the decoration carries no discipline.
// Matched against folded (Simplified, lower-case) text.
const decorations = [
  /(等|及|或)?(相关|相近)?(专业类|专业|学科|科系|学系|系|方向|类)(者?优先)?$/,
  /^(related|relevant) (field|major|discipline)s?$/,
  /( or| and)?( related| relevant)? (field|major|discipline|degree)s?$/,
  /^(degree|major) in /,
];

/** The major's name without the "(等)相关专业" / "or related field" decoration, folded. */
export const majorKey = memoizeText((major) => {
  const bare = decorations.reduce((text, pattern) => text.replace(pattern, ""), foldWords(major));
  return bare.trim().replace(/ /g, "");
});

/**
 * The catalogue class (专业类) of a major, e.g. 计算机类 for 軟體工程 or software engineering; null when
 * the table does not know it. A longer name that contains a known one ("计算机科学与技术(嵌入式方向)")
 * takes the class of the longest such name. Remembered per name: scanning every member for an unknown
 * major is the slow path, and CVs repeat the same few hundred majors.
 */
export const majorFamily = memoizeText(
  (major: string): string | null => {
    const key = majorKey(major);
    if (key.length === 0) return null;
    const folded = foldWords(major);
    return familyByKey.get(key) ?? membersForScan.find((m) => m.text.length >= 2 && containsTerm(folded, m.text))?.family ?? null;
  },
  { limit: 10_000, maxLength: Infinity },
);

const anyMajorKeys = new Set(anyMajorWords.map(termKey));

/** Whether a requested "major" says any major will do (专业不限). */
export function isAnyMajor(requested: string): boolean {
  return anyMajorKeys.has(termKey(requested));
}

/** The classes a requested major stands for: its own class, or every class of a group such as 理工科. */
export function requestedFamilies(requested: string): readonly string[] {
  const group = groupByKey.get(majorKey(requested));
  if (group !== undefined) return group;
  const family = majorFamily(requested);
  return family === null ? [] : [family];
}

export type MajorFit = {
  fit: "exact" | "same_family" | "unrelated";
  major: string;
  requested: string;
  family: string | null;
};

const fitRank = { exact: 2, same_family: 1, unrelated: 0 } as const;

/** A candidate's major with what comparing it needs: its bare key and its class. */
export type HeldMajor = { name: string; key: string; family: string | null };
/** A requested major with its bare key and the classes it stands for. */
export type RequestedMajor = { name: string; key: string; families: readonly string[] };

export const heldMajors = (majors: readonly string[]): HeldMajor[] => majors.map((name) => ({ name, key: majorKey(name), family: majorFamily(name) }));
export const requestedMajors = (majors: readonly string[]): RequestedMajor[] =>
  majors.map((name) => ({ name, key: majorKey(name), families: requestedFamilies(name) }));

/** How the closest of the candidate's majors relates to the closest requested one. */
export function compareMajors(majors: readonly string[], requested: readonly string[]): MajorFit | null {
  return closestMajor(heldMajors(majors), requestedMajors(requested));
}

/** compareMajors on majors whose keys and classes were read once. */
export function closestMajor(majors: readonly HeldMajor[], requested: readonly RequestedMajor[]): MajorFit | null {
  let best: MajorFit | null = null;
  for (const major of majors) {
    for (const wanted of requested) {
      let fit: MajorFit["fit"] = "unrelated";
      if (major.key === wanted.key && major.key.length > 0) fit = "exact";
      else if (major.family !== null && wanted.families.includes(major.family)) fit = "same_family";
      if (best === null || fitRank[fit] > fitRank[best.fit]) best = { fit, major: major.name, requested: wanted.name, family: major.family };
      // Nothing beats an exact match, and the first one found is the one reported.
      if (fit === "exact") return best;
    }
  }
  return best;
}
