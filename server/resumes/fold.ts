import { toHalfWidth, toSimplified } from "../text/fold.js";

// Resume rules compare short labels and headings (学歷 → 学历, Ｅ-mail → e-mail), which folds one
// character at a time; a character is folded once per process into a table by its code, so folding a
// line costs a table read per character and a 10,000-line document folds in linear time. Compatibility
// forms (PDF text often carries Kangxi radicals such as ⼯ for 工) normalize when they stay one character;
// circled numbers stay list marks. Characters outside the BMP pass through unfolded.
const foldedCodes = new Uint16Array(0x10000);

function foldCode(code: number): number {
  const c = String.fromCharCode(code);
  const nfkc = code >= 0x2460 && code <= 0x24ff ? c : c.normalize("NFKC");
  const f = toSimplified(toHalfWidth(nfkc.length === 1 ? nfkc : c)).toLowerCase();
  if (f.length === 1) return f.charCodeAt(0);
  const plain = toHalfWidth(c).toLowerCase();
  return plain.length === 1 ? plain.charCodeAt(0) : code;
}

const CHUNK = 8192;

/** The line folded character by character: Simplified, half-width, lower-case, with the text's length. */
export function foldAlignedKey(text: string): string {
  if (/^[\t\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      codes[i] = code;
      continue;
    }
    let f = foldedCodes[code]!;
    if (f === 0) foldedCodes[code] = f = foldCode(code);
    codes[i] = f;
  }
  let out = "";
  for (let at = 0; at < codes.length; at += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(at, at + CHUNK) as unknown as number[]);
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
