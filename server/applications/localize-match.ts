import type { MatchResult, Reason } from "../matching/match.schema.js";
import { reasonMessages } from "../matching/data/reason-messages.js";
import { reason, type Locale, type ReasonCode } from "../matching/reasons.js";

function relocalize(r: Reason, locale: Locale): Reason {
  // A code this build does not know (stored by a newer one) keeps the message it was stored with.
  if (!Object.hasOwn(reasonMessages, r.code)) return r;
  return reason(r.code as ReasonCode, r.params ?? {}, locale);
}

/**
 * A stored MatchResult with its messages rewritten in the reader's language. Reasons keep their
 * codes and params, which is all a message is built from, so this is exact, not a translation.
 */
export function localizeMatch(match: MatchResult, locale: Locale): MatchResult {
  const { education, experience, skills } = match.criteria;
  return {
    ...match,
    criteria: {
      education: { ...education, reasons: education.reasons.map((r) => relocalize(r, locale)) },
      experience: { ...experience, reasons: experience.reasons.map((r) => relocalize(r, locale)) },
      skills: { ...skills, reasons: skills.reasons.map((r) => relocalize(r, locale)) },
    },
  };
}
