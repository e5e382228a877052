/**
 * Text derived from the original document by deletions and inserted line breaks. `origin[i]` is the
 * index in the original of `text[i]`, so any slice of `text` can be traced back to an exact slice of
 * the original (sourceText must be a substring of the input).
 */
export type MappedText = { text: string; origin: number[] };

export type Edit = { start: number; end: number; insert?: string };

export function identity(text: string): MappedText {
  return { text, origin: Array.from({ length: text.length }, (_, i) => i) };
}

/** Applies non-overlapping edits (sorted or not); inserted characters borrow the origin of what they replace. */
export function applyEdits(m: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return m;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = "";
  const origin: number[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    text += m.text.slice(pos, e.start);
    for (let i = pos; i < e.start; i++) origin.push(m.origin[i]!);
    if (e.insert) {
      const at = m.origin[e.start] ?? m.origin[m.origin.length - 1] ?? 0;
      text += e.insert;
      for (let i = 0; i < e.insert.length; i++) origin.push(at);
    }
    pos = e.end;
  }
  text += m.text.slice(pos);
  for (let i = pos; i < m.text.length; i++) origin.push(m.origin[i]!);
  return { text, origin };
}

/** The original slice covering text[start, end). */
export function originalSlice(original: string, m: MappedText, start: number, end: number): string {
  if (end <= start) return "";
  const from = m.origin[start]!;
  const to = m.origin[end - 1]! + 1;
  return original.slice(from, to);
}
