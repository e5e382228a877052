import { skillAliases, skillImplications } from "./data/skill-aliases.js";
import { foldWords, termKey } from "../text/fold.js";
import { memoizeText } from "../text/memo.js";
import { containsTerm, similarTerms } from "./text-key.js";

type Alias = { text: string; canonical: string };

const canonicalByKey = new Map<string, string>();
const aliasesForScan: Alias[] = [];
for (const [canonical, ...aliases] of skillAliases) {
  for (const name of [canonical, ...aliases]) {
    const key = termKey(name);
    if (canonicalByKey.has(key) && canonicalByKey.get(key) !== canonical) {
      throw new Error(`skill alias "${name}" belongs to two concepts`);
    }
    canonicalByKey.set(key, canonical);
    // A one-letter name (R) is a skill only written alone; inside prose it is a letter ("R&D", "Q&A").
    if (key.length >= 2) aliasesForScan.push({ text: foldWords(name), canonical });
  }
}
// Longest first, so scanning free text finds "大学英语六级" before the "六级" inside it.
aliasesForScan.sort((a, b) => b.text.length - a.text.length);

/**
 * The canonical name of a skill, language or certificate: the table's first name for a known term
 * (Kubernetes for k8s, 办公软件 for 辦公軟體), else the term's own folded key. Equal outputs mean the
 * same concept, so search can index and query by it.
 */
export function canonicalSkill(name: string): string {
  const key = termKey(name);
  return canonicalByKey.get(key) ?? key;
}

/** Whether the name is in the alias table. */
export function isKnownSkill(name: string): boolean {
  return canonicalByKey.has(termKey(name));
}

/**
 * The known concepts a free-text term names: its own canonical name when it is an alias, else every
 * alias found in it on word boundaries ("熟练使用Excel、Word" → Excel, Word). Not expanded by
 * implication.
 */
export const mentionedSkills = memoizeText(
  (text: string): readonly string[] => {
    const own = canonicalByKey.get(termKey(text));
    if (own !== undefined) return [own];
    const found = new Set<string>();
    let rest = foldWords(text);
    for (const alias of aliasesForScan) {
      if (containsTerm(rest, alias.text)) {
        found.add(alias.canonical);
        // Blank out the longer match so the shorter aliases inside it are not found again.
        rest = rest.split(alias.text).join(" ");
      }
    }
    return [...found];
  },
  { limit: 20_000, maxLength: Infinity },
);

export type HeldTerm = { term: string; concepts: ReadonlySet<string>; known: boolean };

// A candidate's terms recur across every vacancy they are scored for; their concepts are read once.
const satisfiedBy = memoizeText((term): ReadonlySet<string> => {
  const concepts = new Set<string>();
  for (const concept of mentionedSkills(term)) {
    concepts.add(concept);
    for (const implied of skillImplications[concept] ?? []) concepts.add(implied);
  }
  return concepts;
});

/** What each held term satisfies: its concepts plus what they imply (Excel → 办公软件, CET-6 → 英语). */
export function heldConcepts(terms: readonly string[]): HeldTerm[] {
  const held: HeldTerm[] = new Array(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    held[i] = { term, concepts: satisfiedBy(term), known: isKnownSkill(term) };
  }
  return held;
}

export type SkillMatch = { by: "alias" | "similar"; term: string };

/** A candidate's terms prepared for finding items: for each concept, the first term that satisfies it. */
export type HeldIndex = { terms: readonly HeldTerm[]; firstWith: ReadonlyMap<string, number> };

export function heldIndex(terms: readonly HeldTerm[]): HeldIndex {
  const firstWith = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) for (const concept of terms[i]!.concepts) if (!firstWith.has(concept)) firstWith.set(concept, i);
  return { terms, firstWith };
}

/** An item the requirements ask for, with the concepts it names, read once per requirements. */
export type SoughtItem = { name: string; concepts: readonly string[]; known: boolean };

export const soughtItem = (name: string): SoughtItem => ({ name, concepts: mentionedSkills(name), known: isKnownSkill(name) });

/**
 * Finds the candidate's term that satisfies one required or preferred item. Known items match by
 * concept (alias, implication, mention in free text); when concepts find nothing, folded texts are
 * compared by similarity (see similarTerms) unless both sides are known terms.
 */
export function findSkill(item: string, held: readonly HeldTerm[]): SkillMatch | null {
  return findSought(soughtItem(item), heldIndex(held));
}

/** findSkill on prepared sides: the first held term carrying any of the item's concepts, else a similar one. */
export function findSought(item: SoughtItem, held: HeldIndex): SkillMatch | null {
  let first = -1;
  for (const concept of item.concepts) {
    const at = held.firstWith.get(concept);
    if (at !== undefined && (first === -1 || at < first)) first = at;
  }
  if (first !== -1) return { by: "alias", term: held.terms[first]!.term };
  // Two terms the table knows as different concepts stay different however alike they look (初级会计师 is
  // not 中级会计师), so similarity only speaks when one side is outside the table.
  for (const h of held.terms) {
    if (!(item.known && h.known) && similarTerms(item.name, h.term)) return { by: "similar", term: h.term };
  }
  return null;
}
