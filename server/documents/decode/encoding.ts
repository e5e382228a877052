import * as chardet from "chardet";
import iconv from "iconv-lite";
import { toSimplified } from "../../text/fold.js";
import { COMMON_HAN_SET } from "./common-han.js";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5" | "windows-1252";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Detects the encoding of a plain-text body from its bytes alone: declared charsets of uploads are
 * wrong too often (GBK files labelled UTF-8, Big5 labelled GB2312) to be worth trusting.
 * The BOM is dropped and line endings become "\n".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { text, encoding } = detectAndDecode(bytes);
  return { text: text.replace(/\r\n?/g, "\n"), encoding };
}

function detectAndDecode(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  // Checked before UTF-8: UTF-16 text of mostly ASCII is also valid UTF-8, full of NULs.
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return decodeLegacy(bytes);
  }
}

function decodeWithBom(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  return null;
}

/**
 * UTF-16 without a BOM shows as NULs in one byte of each pair: the high byte of every ASCII
 * character (newlines, digits, punctuation). Real CJK job descriptions carry enough of those.
 */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const pairs = bytes.length / 2;
  if (oddZeros / pairs >= 0.1 && evenZeros / pairs < 0.01) return "utf-16le";
  if (evenZeros / pairs >= 0.1 && oddZeros / pairs < 0.01) return "utf-16be";
  return null;
}

const LEGACY: TextEncoding[] = ["gb18030", "big5", "windows-1252"];
const CHARDET_NAMES: Record<string, TextEncoding> = { GB18030: "gb18030", Big5: "big5", "windows-1252": "windows-1252" };

/**
 * GBK and Big5 byte ranges overlap so much that either decoder accepts most text written in the
 * other, and chardet guesses wrong on short texts. What differs is the result: the right decoding
 * reads as ordinary Chinese (common characters), the wrong one as rare characters, kana and
 * replacement marks. chardet only breaks ties.
 */
function decodeLegacy(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const hinted = CHARDET_NAMES[chardet.detect(bytes) ?? ""];
  let best: { text: string; encoding: TextEncoding; score: number } | null = null;
  for (const encoding of LEGACY) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    const score = plausibility(text) + (encoding === hinted ? 0.5 : 0);
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return { text: best!.text, encoding: best!.encoding };
}

function plausibility(text: string): number {
  let score = 0;
  const folded = toSimplified(text);
  for (const ch of folded) {
    const code = ch.codePointAt(0)!;
    if (ch === "\uFFFD" || (code >= 0xe000 && code <= 0xf8ff)) score -= 4;
    else if (COMMON_HAN_SET.has(ch)) score += 2;
    else if (code >= 0x3400 && code <= 0x9fff) score -= 0.5;
    else if (code >= 0x3040 && code <= 0x30ff) score -= 1;
    else if (code < 0x20 && ch !== "\n" && ch !== "\r" && ch !== "\t") score -= 2;
  }
  return score;
}
