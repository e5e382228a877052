import { optionalMarkers } from "./data/requirements.js";

const aside = /\(([^()]*)\)/g;
const markers = new RegExp(optionalMarkers.source, "g");
/** What a bracket says besides its preference, when that is only the preference's grammar: "(is a plus)", "(者优先)". */
const markerGrammar = /^(?:\s|is|are|would be|will be|be|an?|(?:具备|具有|持有|拥有|有|持)?者|为|考虑|[.,;:!])*$/;

/**
 * Brackets whose preference qualifies what they hold, not the clause around them: "At least 1 year barista
 * experience (La Marzocco a plus)", "熟悉ERP系统（SAP MM模块优先）", "Any Graduate (B.Com preferred)". A bracket
 * holding the preference alone ("(preferred)", "（优先）") still says how much the whole clause counts.
 */
export function preferredAsides(key: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of key.matchAll(aside)) {
    const inside = m[1]!;
    if (!optionalMarkers.test(inside) || markerGrammar.test(inside.replace(markers, " "))) continue;
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Whether a clause states a preference outside the brackets that hold their own. */
export function clauseOptional(key: string): boolean {
  let rest = key;
  for (const a of preferredAsides(key)) rest = rest.slice(0, a.start) + " ".repeat(a.end - a.start) + rest.slice(a.end);
  return optionalMarkers.test(rest);
}

/** Whether what stands at [start, end) in a clause is preferred: the clause says so, or a bracket holding it does. */
export function optionalAt(key: string, start: number, end: number): boolean {
  return clauseOptional(key) || preferredAsides(key).some((a) => start >= a.start && end <= a.end);
}
