import { toHalfWidth, toSimplified } from "../text/fold.js";

/** Simplified, half-width, lower-case, spaces kept as single spaces: the form every resume rule reads. */
export function foldLine(text: string): string {
  return toSimplified(toHalfWidth(text.normalize("NFKC"))).toLowerCase().replace(/\s+/g, " ").trim();
}

/** foldLine without spaces or label punctuation: the key that labels and headings are looked up by. */
export function labelKey(text: string): string {
  return foldLine(text).replace(/[\s:：.·•*#【】\[\]()（）<>《》|｜_\-—–=~]/g, "");
}
