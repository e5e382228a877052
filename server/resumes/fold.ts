import { toHalfWidth, toSimplified } from "../text/fold.js";

// Resume rules compare short labels and headings (学歷 → 学历, Ｅ-mail → e-mail), which folds one
// character at a time; a character is folded once per process, so folding a line costs a map lookup per
// character and a 10,000-line document folds in linear time. Compatibility forms (PDF text often carries
// Kangxi radicals such as ⼯ for 工) normalize when they stay one character; circled numbers stay list marks.
const folded = new Map<string, string>();
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const nfkc = /[\u2460-\u24ff]/.test(c) ? c : c.normalize("NFKC");
    const one = nfkc.length === c.length ? nfkc : c;
    f = toSimplified(toHalfWidth(one)).toLowerCase();
    if (f.length !== c.length) f = toHalfWidth(c).toLowerCase();
    if (f.length !== c.length) f = c;
    folded.set(c, f);
  }
  return f;
}

/** The line folded character by character: Simplified, half-width, lower-case, with the text's length. */
export function foldAlignedKey(text: string): string {
  if (/^[\t\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  let out = "";
  for (const c of text) out += foldChar(c);
  return out;
}

/** Simplified, half-width, lower-case, spaces kept as single spaces: the form every resume rule reads. */
export function foldLine(text: string): string {
  return foldAlignedKey(text).replace(/\s+/g, " ").trim();
}

/** foldLine without spaces or label punctuation: the key that labels and headings are looked up by. */
export function labelKey(text: string): string {
  return bareKey(foldAlignedKey(text));
}

/** labelKey of text that is already folded. */
export function bareKey(folded: string): string {
  return folded.replace(/[\s:：.·•*#【】\[\]()（）<>《》|｜_\-—–=~]/g, "");
}
