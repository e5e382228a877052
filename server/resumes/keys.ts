import { foldAligned } from "../text/fold.js";

// The forms every resume rule compares, all from the one text fold (server/text foldAligned: Simplified,
// half-width, lower-case, same length as the text, so cells of a line's key line up with its text's).

/** foldAligned with runs of spaces as one space and the ends trimmed: the form resume rules read. */
export function foldLine(text: string): string {
  return foldAligned(text).replace(/\s+/g, " ").trim();
}

/** foldLine without spaces or label punctuation: the key labels and headings are looked up by ("姓　　名" → 姓名). */
export function labelKey(text: string): string {
  return bareKey(foldAligned(text));
}

/** labelKey of text that is already folded. */
export function bareKey(folded: string): string {
  return folded.replace(/[\s:：.·•*#【】\[\]()（）<>《》|｜_\-—–=~]/g, "");
}
