import * as OpenCC from "opencc-js/t2cn";
import { hanVariants } from "./data/han-variants.js";
import { memoizeText } from "./memo.js";

// The one definition of text folding. Parsing, matching and search all compare text through these
// functions, so a term folds the same way in a document, in a requirement, in an index and in a query
// (総経理, 總經理 and 总经理 are one word everywhere). See README.md for which fold to use where.

// Traditional (Taiwan and Hong Kong variants) → Simplified. OpenCC's "t" source covers the
// standard Traditional forms; "tw" and "hk" add regional variants (e.g. 裏/裡, 着/著).
const fromTaiwan = OpenCC.Converter({ from: "tw", to: "cn" });
const fromHongKong = OpenCC.Converter({ from: "hk", to: "cn" });
const variantPattern = new RegExp(`[${Object.keys(hanVariants).join("")}]`, "gu");

// Every character OpenCC's dictionaries or hanVariants change is in one of these blocks (CJK radicals, ideographic
// iteration marks, unified ideographs and their extensions, compatibility ideographs): text without any of them
// converts to itself, and is passed through without the converters' dictionary walk.
const hanCharacter = /[\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** Folds Chinese text to Simplified script (Traditional and Japanese variant forms); other text passes through. */
export function toSimplified(text: string): string {
  if (!hanCharacter.test(text)) return text;
  return fromHongKong(fromTaiwan(text)).replace(variantPattern, (c: string) => hanVariants[c] ?? c);
}

/** Normalizes full-width ASCII and ideographic spaces to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const charCache = new Map<string, string>();
function foldChar(c: string): string {
  let f = charCache.get(c);
  if (f === undefined) {
    f = toSimplified(c);
    if (f.length !== c.length) f = c;
    charCache.set(c, f);
  }
  return f;
}

/**
 * The fold of `text` with the same length: half-width, Simplified, ASCII lower-case. Same length means
 * every position in the fold is a position in the text, so the parser can report the original wording
 * and search can place highlights on it. No compatibility normalization (NFKC): it changes lengths and
 * would turn list markers such as ① into digits.
 */
export function foldAligned(text: string): string {
  const half = toHalfWidth(text).replace(/[A-Z]/g, (c) => c.toLowerCase());
  const whole = toSimplified(half);
  if (whole.length === half.length) return whole;
  return half
    .split("\n")
    .map((line) => {
      const f = toSimplified(line);
      return f.length === line.length ? f : Array.from(line, foldChar).join("");
    })
    .join("\n");
}

// \u0001 and \u0002 mark highlights (search/highlight.ts), so indexed text must not contain them.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * The fold for search: indexed fields, queries and synonyms all pass through it, so they meet in one
 * form. foldAligned (highlights rely on the length) without control characters.
 */
export const foldForSearch = memoizeText((text: string): string => foldAligned(text.replace(controls, " ")));

const foldCharacters = (text: string) => toSimplified(toHalfWidth(text.normalize("NFKC"))).toLowerCase();

/** A comparison key: compatibility-normalized, half-width, Simplified, lower-case, without whitespace. */
export const foldKey = memoizeText((text) => foldCharacters(text).replace(/\s+/g, ""));

const separators = /[\s\-_.·・,，、/\\|:：;；'’"“”()（）[\]【】{}<>《》!！?？~～]+/g;

/**
 * foldKey with word separators kept as single spaces, for containment on word boundaries.
 * Punctuation is a separator except `+` and `#` (C++, C#).
 */
export const foldWords = memoizeText((text) => foldCharacters(text).replace(separators, " ").trim());

/** foldWords without separators, so "Node.js", "node js" and "NodeJS" share one key. */
export const termKey = memoizeText((text) => foldWords(text).replace(/ /g, ""));
