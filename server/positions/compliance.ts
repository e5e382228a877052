import type { ComplianceFlag } from "./position.schema.js";
import { complianceExceptions, compliancePatterns } from "./data/compliance.js";
import { foldAligned } from "../text/fold.js";

/**
 * Flags discriminatory requirements (see data/compliance.ts for the legal basis). Matching runs on a
 * folded copy of the same length, so each flag's `text` is the phrase exactly as the source wrote it,
 * in Traditional or full-width form too. `folded` (foldAligned of `text`) may be passed to skip refolding.
 */
export function findComplianceFlags(text: string, folded?: string): ComplianceFlag[] {
  let key = folded !== undefined && folded.length === text.length ? folded : foldAligned(text);
  for (const exception of complianceExceptions) {
    key = key.replace(new RegExp(exception.source, "g"), (m) => "\u0000".repeat(m.length));
  }
  const flags: ComplianceFlag[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const { category, pattern } of compliancePatterns) {
    for (const m of key.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (end <= start || taken.some((t) => start < t.end && t.start < end)) continue;
      taken.push({ start, end });
      const phrase = text.slice(start, end).trim();
      if (!flags.some((f) => f.category === category && f.text === phrase)) flags.push({ category, text: phrase });
    }
  }
  return flags.slice(0, 100);
}
