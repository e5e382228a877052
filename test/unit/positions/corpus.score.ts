import type { Position } from "../../../server/positions/position.schema.js";
import { foldKey } from "../../../server/text/fold.js";
import type { CorpusPosition, Named } from "./corpus.expected.js";
import { sameTitle } from "../../helpers/same-title.js";

/** An expected title: the title as the reader reads it, or a position whose title the document writes in more than one form. */
export type ExpectedTitle = string | Pick<CorpusPosition, "title" | "titleAliases">;
const titleForms = (e: ExpectedTitle): string[] => (typeof e === "string" ? [e] : [e.title, ...(e.titleAliases ?? [])]);

/**
 * Titles found vs expected, matched strictly (test/helpers/same-title.ts: script, width, case, spaces and punctuation
 * folded; no containment) as multisets, a repeated title counting each time.
 */
export function titleCounts(found: readonly string[], expected: readonly ExpectedTitle[]): { matched: number; found: number; expected: number } {
  const pool = [...expected];
  let matched = 0;
  for (const t of found) {
    const i = pool.findIndex((e) => sameTitle(t, titleForms(e)));
    if (i >= 0) {
      pool.splice(i, 1);
      matched++;
    }
  }
  return { matched, found: found.length, expected: expected.length };
}

/** One name matches another when either folded form holds the other ("驾驶证" and "C1以上驾驶证"). */
export const sameName = (a: string, b: string) => {
  const x = foldKey(a);
  const y = foldKey(b);
  return x === y || (Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x)));
};

/** Every expected item is found with its required flag; with `exact`, nothing else is found either. */
function namedRight(found: readonly Named[], expected: readonly Named[], exact: boolean): boolean {
  const hit = expected.every((e) => found.some((f) => sameName(f.name, e.name) && f.required === e.required));
  return hit && (!exact || found.every((f) => expected.some((e) => sameName(f.name, e.name))));
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.some((y) => foldKey(x) === foldKey(y)));

/** The stated requirement fields a position gets wrong, by name; `total` is how many were scored. */
export function fieldMisses(p: Position, e: Partial<CorpusPosition>): { misses: string[]; total: number } {
  const r = p.requirements;
  const checks: [keyof CorpusPosition, () => boolean][] = [
    ["minLevel", () => r.education.minLevel === e.minLevel],
    ["majors", () => sameSet(r.education.majors, e.majors!)],
    ["majorsRequired", () => r.education.majorsRequired === e.majorsRequired],
    ["minYears", () => r.experience.minYears === e.minYears],
    ["maxYears", () => r.experience.maxYears === e.maxYears],
    ["management", () => r.experience.management === e.management],
    ["skills", () => namedRight(r.skills, e.skills!, false)],
    ["languages", () => namedRight(r.languages, e.languages!, true)],
    ["certifications", () => namedRight(r.certifications, e.certifications!, true)],
  ];
  const stated = checks.filter(([field]) => e[field] !== undefined);
  return { misses: stated.filter(([, right]) => !right()).map(([field]) => `${p.title}.${field}`), total: stated.length };
}

/** Each expected position paired with the next parsed one of the same title (or a listed form of it) after the previous pair, or null. */
export function pairPositions<E extends { title?: string; titleAliases?: string[] }>(positions: readonly Position[], expected: readonly E[]): { expected: E; found: Position | null }[] {
  let from = 0;
  return expected.map((e) => {
    const at = positions.findIndex((p, j) => j >= from && sameTitle(p.title, titleForms({ title: e.title ?? "", titleAliases: e.titleAliases })));
    if (at >= 0) from = at + 1;
    return { expected: e, found: at >= 0 ? positions[at]! : null };
  });
}

/** Field misses over a document, each expected position paired with the next parsed one of the same title. */
export function documentMisses(positions: readonly Position[], expected: readonly Partial<CorpusPosition>[]): { misses: string[]; total: number } {
  const out = { misses: [] as string[], total: 0 };
  for (const { expected: e, found } of pairPositions(positions, expected)) {
    // A position the parser missed gets every stated field wrong, even those it would have left empty.
    const score = fieldMisses(found ?? missing, e);
    out.total += score.total;
    if (!found) out.misses.push(...Array.from({ length: score.total }, () => `${e.title}(not found)`));
    else out.misses.push(...score.misses);
  }
  return out;
}

const missing: Position = {
  title: "", department: null, reportsTo: null, subordinates: [], summary: null, responsibilities: [], language: "en", sourceText: "",
  compliance: [],
  requirements: {
    education: { minLevel: null, majors: [], majorsRequired: false },
    experience: { minYears: null, maxYears: null, management: false, fields: [] },
    skills: [], languages: [], certifications: [],
  },
};
