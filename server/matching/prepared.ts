import type { Requirements } from "../positions/position.schema.js";
import type { CandidateProfile } from "./match.schema.js";
import { heldEducation, wantedEducation, type HeldEducation, type WantedEducation } from "./score-education.js";
import { heldExperience, wantedExperience, type HeldExperience, type WantedExperience } from "./score-experience.js";
import { heldItems, soughtItems, wantedItems, type SoughtWantedItem } from "./score-items.js";
import { heldIndex, type HeldIndex } from "./skills.js";

/**
 * What scoring reads of a position's requirements, read once however many candidates are scored
 * against them: the majors' keys and classes, each item's concepts.
 */
export type PreparedRequirements = {
  requirements: Requirements;
  education: WantedEducation;
  experience: WantedExperience;
  /** Every item (skills, then languages, then certificates): the skills criterion counts them all. */
  items: readonly SoughtWantedItem[];
  /** Where the languages and the certificates lie in `items`. */
  languages: { from: number; to: number };
  certifications: { from: number; to: number };
};

/** What scoring reads of a candidate, read once however many positions they are scored against. */
export type PreparedCandidate = {
  candidate: CandidateProfile;
  education: HeldEducation;
  experience: HeldExperience;
  held: HeldIndex;
};

// Keyed by the very objects scored (parsed rows, request bodies): scoring treats its inputs as
// immutable, so what it read of one stays true. Weak, so nothing outlives its input.
const preparedRequirements = new WeakMap<Requirements, PreparedRequirements>();
const preparedCandidates = new WeakMap<CandidateProfile, PreparedCandidate>();

export function prepareRequirements(requirements: Requirements): PreparedRequirements {
  let prepared = preparedRequirements.get(requirements);
  if (prepared === undefined) {
    const items = soughtItems(wantedItems(requirements, ["skills", "languages", "certifications"]));
    const skills = requirements.skills.length;
    const languages = { from: skills, to: skills + requirements.languages.length };
    prepared = {
      requirements, education: wantedEducation(requirements.education), experience: wantedExperience(requirements.experience), items, languages, certifications: { from: languages.to, to: items.length },
    };
    preparedRequirements.set(requirements, prepared);
  }
  return prepared;
}

export function prepareCandidate(candidate: CandidateProfile): PreparedCandidate {
  let prepared = preparedCandidates.get(candidate);
  if (prepared === undefined) {
    prepared = { candidate, education: heldEducation(candidate.education), experience: heldExperience(candidate.experience), held: heldIndex(heldItems(candidate)) };
    preparedCandidates.set(candidate, prepared);
  }
  return prepared;
}
