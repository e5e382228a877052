import type { CleanText } from "./clean.js";
import type { Heading } from "./headings.js";
import { isPositionName, normalizeTitle } from "./title.js";

/**
 * "We're hiring a Senior Product Designer to…", "Acme is seeking a Marketing Coordinator", a post's "Looking for a
 * Customer Success Manager…": a Title Case role after the verb.
 */
const hiringSentence =
  /\b(?:[Ww]e(?:'re|’re| are) (?:hiring|looking for|seeking)|(?:is|are) (?:hiring|looking for|seeking)|[Jj]oin us as|(?<=^|[.!?]\s+|\n)(?:[Ll]ooking for|[Nn]ow hiring|[Hh]iring|[Ss]eeking))\s+(?:an?\s+|our (?:next |new )?)?((?:[A-Z][\w&+-]*\s+){0,5}[A-Z][\w&+-]*)/g;

/**
 * A posting written as prose names its position only in a sentence. Used when the document has no
 * heading at all, so a sentence never competes with a real title line.
 */
export function sentenceHeadings(clean: CleanText): Heading[] {
  for (const m of clean.text.matchAll(hiringSentence)) {
    const at = m.index + m[0].length - m[1]!.length;
    const title = normalizeTitle({ text: clean.text.slice(at, at + m[1]!.length), key: clean.key.slice(at, at + m[1]!.length) });
    if (isPositionName(title.key, "strict")) return [{ kind: "title", start: m.index, end: at + m[1]!.length, title, described: true }];
  }
  return [];
}
