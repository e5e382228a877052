import type { DocumentLine } from "../line.js";

/** A decoded line and the stretch of the decoded text it was written to, from the start of its text line. */
export type LocatedLine = { start: number; end: number; line: DocumentLine };

/** What may stand on a text line before the line's own words: indentation and the markup a format writes there. */
const leadMarkup = /^[\s#>*_+•·\-\d.、)）|[!]*$/;
/** How many later occurrences of a line's words are tried before the line is taken as not written to the text. */
const TRIES = 3;

/**
 * Where each of a decoder's lines stands in the text it decoded, for readers that work on the text (the position
 * parser) but want what the format knew of a line (a heading style, bold, the font size). A format's text and its
 * lines hold the same content in the same order, but not always one to one: Markdown keeps its "#" and front matter
 * in the text, an HTML page's JSON-LD adds lines. So lines are found by their words, in order, each after the last
 * one found, and only at the start of a text line (after indentation or markup). A line that is not found is left
 * out, and the search goes on from where the last found line ended, so one missing line costs only itself.
 */
export function locateLines(text: string, lines: readonly DocumentLine[]): LocatedLine[] {
  const located: LocatedLine[] = [];
  let cursor = 0;
  for (const line of lines) {
    for (const words of needles(line.text)) {
      const found = findAtLineStart(text, words, cursor);
      if (!found) continue;
      located.push({ start: Math.max(found.lineStart, cursor), end: found.at + words.length, line });
      cursor = found.at + words.length;
      break;
    }
  }
  return located;
}

/**
 * What to look for, most exact first: the line's words; without the list marker the format rendered ("• " for a
 * Markdown "- "); the first cell of a row (a pipe table writes "| a | b |"); the words before inline markup may
 * interrupt them ("**Senior** Engineer"), when they are long enough not to be found by chance.
 */
function needles(raw: string): string[] {
  const words = raw.trim();
  if (words.length === 0) return [];
  const unmarked = words.replace(/^(?:[•·▪◦‣*+-]|\d{1,2}[.)、])\s*/, "");
  const firstCell = unmarked.split("\t")[0]!.trim();
  const opening = /^[^*_`[\]()<>~]{6,}/.exec(firstCell)?.[0].trim();
  return [...new Set([words, unmarked, firstCell, ...(opening ? [opening] : [])])].filter((n) => n.length >= 2 || n === words);
}

/** The first of a few occurrences of `words` after `from` that only indentation or markup precedes on its text line. */
function findAtLineStart(text: string, words: string, from: number): { at: number; lineStart: number } | null {
  for (let tries = 0; tries < TRIES; tries++) {
    const at = text.indexOf(words, from);
    if (at < 0) return null;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (leadMarkup.test(text.slice(lineStart, at))) return { at, lineStart };
    from = at + 1;
  }
  return null;
}

/** The located line holding text offset `at`, or undefined (binary search: `located` is in text order). */
export function lineAtOffset(located: readonly LocatedLine[], at: number): LocatedLine | undefined {
  let lo = 0;
  let hi = located.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = located[mid]!;
    if (at < l.start) hi = mid - 1;
    else if (at >= l.end) lo = mid + 1;
    else return l;
  }
  return undefined;
}
