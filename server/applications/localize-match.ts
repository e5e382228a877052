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
  // Every criterion stored, whichever this build knows: a match stored before a criterion was added lacks it.
  const criteria = Object.fromEntries(
    Object.entries(match.criteria).map(([name, result]) => [name, { ...result, reasons: result.reasons.map((r) => relocalize(r, locale)) }]),
  ) as MatchResult["criteria"];
  return { ...match, criteria };
}
