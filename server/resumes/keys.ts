import { foldAligned } from "../text/fold.js";

// The forms every resume rule compares, all from the one text fold (server/text foldAligned: Simplified,
// half-width, lower-case, same length as the text, so cells of a line's key line up with its text's).

// The shared fold lowers ASCII only; European CVs set headings and labels in capitals with accents ("FORMACIÓN
// ACADÉMICA", "PERSÖNLICHE DATEN", "EXPÉRIENCES"). Their capitals are lowered too, one character for one (İ, whose
// lower case is two, stays).
const accentedCapital = /[\u00c0-\u00de\u0100-\u024f]/g;
const lowerOne = (c: string) => {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
};

/** The one text fold (server/text foldAligned) with accented Latin capitals lowered as well: every resume key is this, same length as the text. */
export function foldText(text: string): string {
  return foldAligned(text).replace(accentedCapital, lowerOne);
}

/** foldText with runs of spaces as one space and the ends trimmed: the form resume rules read. */
export function foldLine(text: string): string {
  return foldText(text).replace(/\s+/g, " ").trim();
}

/** foldLine without spaces or label punctuation: the key labels and headings are looked up by ("姓　　名" → 姓名). */
export function labelKey(text: string): string {
  return bareKey(foldText(text));
}

/** labelKey of text that is already folded. */
export function bareKey(folded: string): string {
  return folded.replace(/[\s:：.·•*#【】\[\]()（）<>《》|｜_\-—–=~]/g, "");
}
