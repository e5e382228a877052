import { z } from "zod";
import type { Requirements } from "../positions/position.schema.js";
import type { CandidateProfile } from "./match.schema.js";
import { Reason, reason, roundScore, type Locale, type ReasonCode } from "./reasons.js";
import { findSkill, heldConcepts, type HeldTerm, type SkillMatch } from "./skills.js";

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
type Checked = WantedItem & { found: SkillMatch | null };

/** Criteria whose reason table has the item codes (`<name>.required_missing` and the rest). */
type ItemCodes<P extends string> = `${P}.${"no_requirement" | "required_matched" | "required_missing" | "preferred_matched" | "preferred_missing"}`;
export type ItemCriterionName = {
  [C in ReasonCode]: C extends `${infer P}.required_missing` ? (ItemCodes<P> extends ReasonCode ? P : never) : never;
}[ReasonCode];

// Share of the score that preferred items can add when there are any; required items carry the rest.
const preferredWeight = 0.25;

const names = (items: readonly Checked[]): string[] => {
  const out: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = items[i]!.name;
  return out;
};
const matches = (items: readonly Checked[]) => {
  const out: { name: string; kind: ItemKind; by: SkillMatch["by"] | undefined; term: string | undefined }[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const { name, kind, found } = items[i]!;
    out[i] = { name, kind, by: found?.by, term: found?.term };
  }
  return out;
};

const kinds = { skills: "skill", languages: "language", certifications: "certification" } as const;

/** The requirements' items of one or more lists, tagged with the list they came from. */
export function wantedItems(requirements: Requirements, lists: readonly ("skills" | "languages" | "certifications")[]): WantedItem[] {
  const out: WantedItem[] = [];
  for (const list of lists) for (const item of requirements[list]) out.push({ name: item.name, required: item.required, kind: kinds[list] });
  return out;
}

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
  if (wanted.length === 0) {
    return { score: 1, met: true, matched: [], missing: [], reasons: [reason(`${name}.no_requirement` as ReasonCode, {}, locale)] };
  }
  const requiredMatched: Checked[] = [];
  const requiredMissing: Checked[] = [];
  const preferredMatched: Checked[] = [];
  const preferredMissing: Checked[] = [];
  for (const item of wanted) {
    const found = findSkill(item.name, held);
    const checked = { name: item.name, required: item.required, kind: item.kind, found };
    if (item.required) (found ? requiredMatched : requiredMissing).push(checked);
    else (found ? preferredMatched : preferredMissing).push(checked);
  }
  const required = requiredMatched.length + requiredMissing.length;
  const preferred = preferredMatched.length + preferredMissing.length;
  const requiredShare = required === 0 ? 1 : requiredMatched.length / required;
  const score =
    preferred === 0 ? requiredShare : (1 - preferredWeight) * requiredShare + preferredWeight * (preferredMatched.length / preferred);
  const reasons: ItemsResult["reasons"] = [];
  if (requiredMissing.length > 0) {
    reasons.push(reason(`${name}.required_missing` as ReasonCode, { items: names(requiredMissing) }, locale));
  }
  if (requiredMatched.length > 0) {
    reasons.push(reason(`${name}.required_matched` as ReasonCode, { items: names(requiredMatched), matches: matches(requiredMatched) }, locale));
  }
  if (preferredMatched.length > 0) {
    reasons.push(reason(`${name}.preferred_matched` as ReasonCode, { items: names(preferredMatched), matches: matches(preferredMatched) }, locale));
  }
  if (preferredMissing.length > 0) {
    reasons.push(reason(`${name}.preferred_missing` as ReasonCode, { items: names(preferredMissing) }, locale));
  }
  return {
    score: roundScore(score),
    met: requiredMissing.length === 0,
    matched: requiredMatched.length === 0 ? names(preferredMatched) : names([...requiredMatched, ...preferredMatched]),
    missing: requiredMissing.length === 0 ? names(preferredMissing) : names([...requiredMissing, ...preferredMissing]),
    reasons,
  };
}
