import type { ProfileDraft } from "./profile-draft.js";

/**
 * The profile to validate: what the resume states, completed or overridden field by field by what
 * the candidate typed (an email the resume lacks, a corrected title). A typed list replaces the
 * parsed one whole. Fields the resume could not read (null) are left out, so validation names them.
 */
export function mergeProfile(draft: ProfileDraft, typed: Record<string, unknown>): Record<string, unknown> {
  const parsed = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== null && v !== undefined));
  return { ...parsed, ...typed };
}
