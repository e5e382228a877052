import type { Requirements } from "../positions/position.schema.js";
import type { CandidateProfile, MatchResult } from "./match.schema.js";
import { reason, roundScore, type Locale } from "./reasons.js";
import { findSkill, heldConcepts, type SkillMatch } from "./skills.js";

export type SkillsResult = MatchResult["criteria"]["skills"];
type Kind = "skill" | "language" | "certification";
type Checked = { name: string; kind: Kind; required: boolean; found: SkillMatch | null };

// Share of the score that preferred items can add when there are any; required items carry the rest.
const preferredWeight = 0.25;

const share = (items: Checked[]) => (items.length === 0 ? 1 : items.filter((i) => i.found).length / items.length);
const names = (items: Checked[]) => items.map((item) => item.name);
const matches = (items: Checked[]) =>
  items.map(({ name, kind, found }) => ({ name, kind, by: found?.by, term: found?.term }));

/**
 * Skills, languages and certifications together, as the contract has one criterion for them. Each item
 * is looked for among all the candidate's terms, whatever list they are in: CET-6 listed under
 * certifications satisfies a language requirement for 英语. `matched`/`missing` hold the
 * requirements' names as written.
 */
export function scoreSkills(candidate: CandidateProfile, requirements: Requirements, locale: Locale): SkillsResult {
  const wanted = [
    ...requirements.skills.map((item) => ({ ...item, kind: "skill" as const })),
    ...requirements.languages.map((item) => ({ ...item, kind: "language" as const })),
    ...requirements.certifications.map((item) => ({ ...item, kind: "certification" as const })),
  ];
  if (wanted.length === 0) {
    return { score: 1, met: true, matched: [], missing: [], reasons: [reason("skills.no_requirement", {}, locale)] };
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
  const reasons: SkillsResult["reasons"] = [];
  if (requiredMissing.length > 0) {
    reasons.push(reason("skills.required_missing", { items: names(requiredMissing) }, locale));
  }
  if (requiredMatched.length > 0) {
    const params = { items: names(requiredMatched), matches: matches(requiredMatched) };
    reasons.push(reason("skills.required_matched", params, locale));
  }
  if (preferredMatched.length > 0) {
    const params = { items: names(preferredMatched), matches: matches(preferredMatched) };
    reasons.push(reason("skills.preferred_matched", params, locale));
  }
  if (preferredMissing.length > 0) {
    reasons.push(reason("skills.preferred_missing", { items: names(preferredMissing) }, locale));
  }
  return {
    score: roundScore(score),
    met: requiredMissing.length === 0,
    matched: names([...requiredMatched, ...preferredMatched]),
    missing: names([...requiredMissing, ...preferredMissing]),
    reasons,
  };
}
