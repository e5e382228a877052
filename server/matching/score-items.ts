import { z } from "zod";
import type { Requirements } from "../positions/position.schema.js";
import type { CandidateProfile } from "./match.schema.js";
import { Reason, reason, roundScore, type Locale, type ReasonCode } from "./reasons.js";
import { findSkill, heldConcepts, type SkillMatch } from "./skills.js";

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

const share = (items: Checked[]) => (items.length === 0 ? 1 : items.filter((i) => i.found).length / items.length);
const names = (items: Checked[]) => items.map((item) => item.name);
const matches = (items: Checked[]) =>
  items.map(({ name, kind, found }) => ({ name, kind, by: found?.by, term: found?.term }));

/** The requirements' items of one or more lists, tagged with the list they came from. */
export function wantedItems(requirements: Requirements, lists: readonly ("skills" | "languages" | "certifications")[]): WantedItem[] {
  const kinds = { skills: "skill", languages: "language", certifications: "certification" } as const;
  return lists.flatMap((list) => requirements[list].map((item) => ({ ...item, kind: kinds[list] })));
}

/**
 * Scores wanted items against the candidate. Each item is looked for among all the candidate's terms,
 * whatever list they are in: CET-6 listed under certifications satisfies a language requirement for
 * 英语. `matched`/`missing` hold the requirements' names as written; reason codes carry `name`'s prefix.
 */
export function scoreItems(name: ItemCriterionName, wanted: readonly WantedItem[], candidate: CandidateProfile, locale: Locale): ItemsResult {
  const code = (suffix: string) => `${name}.${suffix}` as ReasonCode;
  if (wanted.length === 0) {
    return { score: 1, met: true, matched: [], missing: [], reasons: [reason(code("no_requirement"), {}, locale)] };
  }
  const held = heldConcepts([...candidate.skills, ...(candidate.languages ?? []), ...(candidate.certifications ?? [])]);
  const checked: Checked[] = wanted.map((item) => ({ ...item, found: findSkill(item.name, held) }));
  const required = checked.filter((item) => item.required);
  const preferred = checked.filter((item) => !item.required);
  const requiredMatched = required.filter((item) => item.found);
  const requiredMissing = required.filter((item) => !item.found);
  const preferredMatched = preferred.filter((item) => item.found);
  const preferredMissing = preferred.filter((item) => !item.found);

  const score =
    preferred.length === 0 ? share(required) : (1 - preferredWeight) * share(required) + preferredWeight * share(preferred);
  const reasons: ItemsResult["reasons"] = [];
  if (requiredMissing.length > 0) {
    reasons.push(reason(code("required_missing"), { items: names(requiredMissing) }, locale));
  }
  if (requiredMatched.length > 0) {
    const params = { items: names(requiredMatched), matches: matches(requiredMatched) };
    reasons.push(reason(code("required_matched"), params, locale));
  }
  if (preferredMatched.length > 0) {
    const params = { items: names(preferredMatched), matches: matches(preferredMatched) };
    reasons.push(reason(code("preferred_matched"), params, locale));
  }
  if (preferredMissing.length > 0) {
    reasons.push(reason(code("preferred_missing"), { items: names(preferredMissing) }, locale));
  }
  return {
    score: roundScore(score),
    met: requiredMissing.length === 0,
    matched: names([...requiredMatched, ...preferredMatched]),
    missing: names([...requiredMissing, ...preferredMissing]),
    reasons,
  };
}
