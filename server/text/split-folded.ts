/** A piece of a text with its folded key: the same length, position for position. */
export type FoldedPiece = { text: string; key: string };

/**
 * Splits a text at the separators found in its folded key, keeping both sides of every piece. The
 * separators are matched on the key (one script, one case, so 、 and 和 need one spelling each) and the
 * pieces cut from the original, which folding keeps aligned. Empty pieces are kept: callers filter
 * by what a piece must look like.
 */
export function splitFolded(text: string, key: string, separators: RegExp): FoldedPiece[] {
  const pattern = separators.global ? separators : new RegExp(separators.source, `${separators.flags}g`);
  const pieces: FoldedPiece[] = [];
  let start = 0;
  for (const m of key.matchAll(pattern)) {
    pieces.push({ text: text.slice(start, m.index), key: key.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(start), key: key.slice(start) });
  return pieces;
}
