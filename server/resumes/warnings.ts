import { findDateRanges } from "./dates.js";
import type { Section } from "./sections.js";

/** "1 experience row", "2 experience rows". */
export const counted = (n: number, thing: string) => `${n} ${thing}${n === 1 ? "" : "s"}`;

/**
 * Dated lines the reader never looked at: before any section heading (a resume without headings), or
 * under a heading it could not place (one known only by its layout, or 兴趣爱好/Training and the like).
 * Projects, campus posts and awards are left out by design, not for want of reading, and are not listed.
 */
export function unreadDatedLines(sections: readonly Section[]): string[] {
  const warnings: string[] = [];
  const dated = (s: Section) => s.lines.filter((l) => findDateRanges(l.text).some((r) => r.end !== null)).length;
  const header = sections.filter((s) => s.kind === "header").reduce((n, s) => n + dated(s), 0);
  if (header > 0) warnings.push(`${counted(header, "dated line")} before any section heading ${header === 1 ? "was" : "were"} not read`);
  const other = sections.filter((s) => s.kind === "other" && dated(s) > 0);
  const inOther = other.reduce((n, s) => n + dated(s), 0);
  if (inOther > 0) {
    const names = [...new Set(other.map((s) => s.heading ?? "untitled"))].join(", ");
    warnings.push(`${counted(inOther, "dated line")} in sections the reader does not read (${names})`);
  }
  return warnings;
}

/** Rows beyond what a profile keeps. */
export function cutRows(kept: number, found: number, thing: string): string[] {
  return found > kept ? [`${counted(found - kept, thing)} beyond the first ${kept} ${found - kept === 1 ? "was" : "were"} left out`] : [];
}
