import type { CandidateProfile } from "../../../server/matching/match.schema.js";
import { emptyRequirements, type Requirements } from "../../../server/positions/position.schema.js";

export const asOf = new Date("2026-06-15T00:00:00Z");

export function buildCandidate(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return { name: "Test Candidate", email: "candidate@example.com", education: [], experience: [], skills: [], ...overrides };
}

type RequirementsOverrides = {
  [K in keyof Requirements]?: Requirements[K] extends unknown[] ? Requirements[K] : Partial<Requirements[K]>;
};

export function buildRequirements(overrides: RequirementsOverrides = {}): Requirements {
  const base = emptyRequirements();
  return {
    education: { ...base.education, ...overrides.education },
    experience: { ...base.experience, ...overrides.experience },
    skills: overrides.skills ?? [],
    languages: overrides.languages ?? [],
    certifications: overrides.certifications ?? [],
  };
}

export const required = (...names: string[]) => names.map((name) => ({ name, required: true }));
export const preferred = (...names: string[]) => names.map((name) => ({ name, required: false }));
