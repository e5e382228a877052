import type { Requirements } from "../positions/position.schema.js";
import type { CandidateProfile, MatchResult } from "./match.schema.js";
import { reason, roundScore, type Locale } from "./reasons.js";
import { findSkill, heldConcepts } from "./skills.js";

export type SkillsResult = MatchResult["criteria"]["skills"];
type Item = Requirements["skills"][number];
type Kind = "skill" | "language" | "certification";

// Share of the score that preferred items can add when there are any; required items carry the rest.
const preferredWeight = 0.25;

/**
 * Skills, languages and certifications together, as the contract has one criterion for them. Each item
 * is looked for among all the candidate's terms, whatever list they are in: CET-6 listed under
 * certifications satisfies a language requirement for 英语. `matched`/`missing` hold the
 * requirements' names as written.
 */
export function scoreSkills(candidate: CandidateProfile, requirements: Requirements, locale: Locale): SkillsResult {
  const items: (Item & { kind: Kind })[] = [
    ...requirements.skills.map((item) => ({ ...item, kind: "skill" as const })),
    ...requirements.languages.map((item) => ({ ...item, kind: "language" as const })),
    ...requirements.certifications.map((item) => ({ ...item, kind: "certification" as const })),
  ];
  if (items.length === 0) {
    return { score: 1, met: true, matched: [], missing: [], reasons: [reason("skills.no_requirement", {}, locale)] };
  }
  const held = heldConcepts([...candidate.skills, ...(candidate.languages ?? []), ...(candidate.certifications ?? [])]);
  const groups = { requiredMatched: [] as string[], requiredMissing: [] as string[], preferredMatched: [] as string[], preferredMissing: [] as string[] };
  const via: { name: string; kind: Kind; by: string; term: string }[] = [];
  for (const item of items) {
    const found = findSkill(item.name, held);
    if (found) via.push({ name: item.name, kind: item.kind, by: found.by, term: found.term });
    const group = item.required ? (found ? "requiredMatched" : "requiredMissing") : found ? "preferredMatched" : "preferredMissing";
    groups[group].push(item.name);
  }
  const requiredCount = groups.requiredMatched.length + groups.requiredMissing.length;
  const preferredCount = groups.preferredMatched.length + groups.preferredMissing.length;
  const requiredShare = requiredCount === 0 ? 1 : groups.requiredMatched.length / requiredCount;
  const score =
    preferredCount === 0
      ? requiredShare
      : (1 - preferredWeight) * requiredShare + (preferredWeight * groups.preferredMatched.length) / preferredCount;

  const reasons: SkillsResult["reasons"] = [];
  const matchesOf = (names: string[]) => via.filter((v) => names.includes(v.name));
  if (groups.requiredMissing.length > 0) reasons.push(reason("skills.required_missing", { items: groups.requiredMissing }, locale));
  if (groups.requiredMatched.length > 0) {
    reasons.push(reason("skills.required_matched", { items: groups.requiredMatched, matches: matchesOf(groups.requiredMatched) }, locale));
  }
  if (groups.preferredMatched.length > 0) {
    reasons.push(reason("skills.preferred_matched", { items: groups.preferredMatched, matches: matchesOf(groups.preferredMatched) }, locale));
  }
  if (groups.preferredMissing.length > 0) reasons.push(reason("skills.preferred_missing", { items: groups.preferredMissing }, locale));
  return {
    score: roundScore(score),
    met: groups.requiredMissing.length === 0,
    matched: [...groups.requiredMatched, ...groups.preferredMatched],
    missing: [...groups.requiredMissing, ...groups.preferredMissing],
    reasons,
  };
}
