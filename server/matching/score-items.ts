import { z } from "zod";
import type { Requirements } from "../positions/position.schema.js";
import type { CandidateProfile } from "./match.schema.js";
import { Reason, reason, roundScore, type Locale, type ReasonCode } from "./reasons.js";
import { findSought, heldConcepts, heldIndex, soughtItem, type HeldTerm, type SkillMatch, type SoughtItem } from "./skills.js";

/** The result of a criterion made of named items (skills, languages, certificates): the contract's skills shape. */
export const ItemsResult = z.object({
  score: z.number(),
  met: z.boolean(),
  matched: z.array(z.string()),
  missing: z.array(z.string()),
  reasons: z.array(Reason),
});
export type ItemsResult = z.infer<typeof ItemsResult>;

/** Which list of the requirements an item came from; reported with each match. */
export type ItemKind = "skill" | "language" | "certification";
export type WantedItem = Requirements["skills"][number] & { kind: ItemKind };
/** A wanted item with the concepts it names, read once per requirements. */
export type SoughtWantedItem = WantedItem & { sought: SoughtItem };

/** Criteria whose reason table has the item codes (`<name>.required_missing` and the rest). */
type ItemCodes<P extends string> = `${P}.${"no_requirement" | "required_matched" | "required_missing" | "preferred_matched" | "preferred_missing"}`;
export type ItemCriterionName = {
  [C in ReasonCode]: C extends `${infer P}.required_missing` ? (ItemCodes<P> extends ReasonCode ? P : never) : never;
}[ReasonCode];

// Share of the score that preferred items can add when there are any; required items carry the rest.
const preferredWeight = 0.25;

type Match = { name: string; kind: ItemKind; by: SkillMatch["by"] | undefined; term: string | undefined };

function names(wanted: readonly WantedItem[], at: readonly number[]): string[] {
  const out: string[] = new Array(at.length);
  for (let i = 0; i < at.length; i++) out[i] = wanted[at[i]!]!.name;
  return out;
}

function matches(wanted: readonly WantedItem[], found: readonly (SkillMatch | null)[], at: readonly number[]): Match[] {
  const out: Match[] = new Array(at.length);
  for (let i = 0; i < at.length; i++) {
    const { name, kind } = wanted[at[i]!]!;
    const match = found[at[i]!];
    out[i] = { name, kind, by: match?.by, term: match?.term };
  }
  return out;
}

// The reason codes of each item criterion, made once: a code built per call is a new string to hash.
const itemCodes = (name: ItemCriterionName) => {
  const code = (suffix: string) => `${name}.${suffix}` as ReasonCode;
  return {
    none: code("no_requirement"), requiredMissing: code("required_missing"), requiredMatched: code("required_matched"),
    preferredMatched: code("preferred_matched"), preferredMissing: code("preferred_missing"),
  };
};
const codesOf = new Map<ItemCriterionName, ReturnType<typeof itemCodes>>();

const kinds = { skills: "skill", languages: "language", certifications: "certification" } as const;

/** The requirements' items of one or more lists, tagged with the list they came from. */
export function wantedItems(requirements: Requirements, lists: readonly ("skills" | "languages" | "certifications")[]): WantedItem[] {
  const out: WantedItem[] = [];
  for (const list of lists) for (const item of requirements[list]) out.push({ name: item.name, required: item.required, kind: kinds[list] });
  return out;
}

export const soughtItems = (wanted: readonly WantedItem[]): SoughtWantedItem[] => wanted.map((item) => ({ ...item, sought: soughtItem(item.name) }));

/** The candidate's terms from every list, with what each satisfies; scoring reads it once per pair. */
export function heldItems(candidate: CandidateProfile): HeldTerm[] {
  const { skills, languages, certifications } = candidate;
  return heldConcepts(languages === undefined && certifications === undefined ? skills : [...skills, ...(languages ?? []), ...(certifications ?? [])]);
}

/**
 * Scores wanted items against the candidate. Each item is looked for among all the candidate's terms,
 * whatever list they are in: CET-6 listed under certifications satisfies a language requirement for
 * 英语. `matched`/`missing` hold the requirements' names as written; reason codes carry `name`'s prefix.
 * `held` is heldItems(candidate), when the caller has it already.
 */
export function scoreItems(
  name: ItemCriterionName,
  wanted: readonly WantedItem[],
  candidate: CandidateProfile,
  locale: Locale,
  held: readonly HeldTerm[] = heldItems(candidate),
): ItemsResult {
  const index = heldIndex(held);
  return itemsScore(name, wanted, soughtItems(wanted).map((item) => findSought(item.sought, index)), locale);
}

/**
 * scoreItems once each item's match is known: `found[i]` is what satisfies `wanted[i]`. Scores the
 * items from `from` to `to`, so one lookup of every item serves the criteria that score a part of them.
 */
export function itemsScore(
  name: ItemCriterionName,
  wanted: readonly WantedItem[],
  found: readonly (SkillMatch | null)[],
  locale: Locale,
  from = 0,
  to = wanted.length,
): ItemsResult {
  let codes = codesOf.get(name);
  if (codes === undefined) codesOf.set(name, (codes = itemCodes(name)));
  if (to <= from) return { score: 1, met: true, matched: [], missing: [], reasons: [reason(codes.none, {}, locale)] };
  // Indexes into `wanted`, by whether the item is required and whether it was found.
  const requiredMatched: number[] = [];
  const requiredMissing: number[] = [];
  const preferredMatched: number[] = [];
  const preferredMissing: number[] = [];
  for (let i = from; i < to; i++) {
    const hit = found[i] ?? null;
    if (wanted[i]!.required) (hit ? requiredMatched : requiredMissing).push(i);
    else (hit ? preferredMatched : preferredMissing).push(i);
  }
  const required = requiredMatched.length + requiredMissing.length;
  const preferred = preferredMatched.length + preferredMissing.length;
  const requiredShare = required === 0 ? 1 : requiredMatched.length / required;
  const score =
    preferred === 0 ? requiredShare : (1 - preferredWeight) * requiredShare + preferredWeight * (preferredMatched.length / preferred);
  const reasons: ItemsResult["reasons"] = [];
  if (requiredMissing.length > 0) {
    reasons.push(reason(codes.requiredMissing, { items: names(wanted, requiredMissing) }, locale));
  }
  if (requiredMatched.length > 0) {
    reasons.push(reason(codes.requiredMatched, { items: names(wanted, requiredMatched), matches: matches(wanted, found, requiredMatched) }, locale));
  }
  if (preferredMatched.length > 0) {
    reasons.push(reason(codes.preferredMatched, { items: names(wanted, preferredMatched), matches: matches(wanted, found, preferredMatched) }, locale));
  }
  if (preferredMissing.length > 0) {
    reasons.push(reason(codes.preferredMissing, { items: names(wanted, preferredMissing) }, locale));
  }
  return {
    score: roundScore(score),
    met: requiredMissing.length === 0,
    matched: names(wanted, requiredMatched.length === 0 ? preferredMatched : requiredMatched.concat(preferredMatched)),
    missing: names(wanted, requiredMissing.length === 0 ? preferredMissing : requiredMissing.concat(preferredMissing)),
    reasons,
  };
}
