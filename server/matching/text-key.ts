import { foldWords, termKey } from "../text/fold.js";

// Similarity is computed over and over for the same few hundred term pairs, so it is memoized; a full
// cache is dropped rather than evicted piecemeal.
const cacheLimit = 50_000;
let similarityCache = new Map<string, Map<string, boolean>>();
let cachedPairs = 0;

const latinOrDigit = /[a-z0-9]/;

/**
 * Whether `needle` occurs in `haystack` (both folded) on word boundaries for Latin letters and digits:
 * "java" is in "java spring" and in "java开发" but not in "javascript". Han text has no word
 * boundaries to respect.
 */
export function containsTerm(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsLatin = latinOrDigit.test(needle[0]!);
    const endsLatin = latinOrDigit.test(needle[needle.length - 1]!);
    if (startsLatin && before !== undefined && latinOrDigit.test(before)) continue;
    if (endsLatin && after !== undefined && latinOrDigit.test(after)) continue;
    return true;
  }
  return false;
}

function bigrams(key: string): string[] {
  const chars = Array.from(key);
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Sørensen–Dice coefficient over character bigrams (a multiset), 0–1. */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * Dice at or above this counts as the same term: an extra or dropped character passes, a changed one
 * only in words of eleven or more characters (it costs two bigrams).
 */
export const similarityThreshold = 0.8;

const hanChar = /[\u3400-\u9fff\uf900-\ufaff]/;

// A contained term must carry meaning on its own: two Han characters (销售, 会计) or three Latin ones
// (sql, seo); shorter fragments ("c", "管") match too much by accident. And it must be a large part of
// the longer term, so "管理" does not match every "xx管理".
function isMeaningfulPart(part: string, whole: string): boolean {
  const minLength = hanChar.test(part) ? 2 : 3;
  return part.length >= minLength && part.length / whole.length > 0.5;
}

/**
 * Fallback for terms outside the alias table: two folded texts name the same thing when one contains the
 * other on word boundaries (and is more than half its length), or their bigram Dice is ≥ 0.8.
 */
export function similarTerms(a: string, b: string): boolean {
  let withA = similarityCache.get(a);
  if (withA === undefined) {
    if (cachedPairs >= cacheLimit) {
      similarityCache = new Map();
      cachedPairs = 0;
    }
    withA = new Map();
    similarityCache.set(a, withA);
  }
  let similar = withA.get(b);
  if (similar === undefined) {
    const left = foldWords(a);
    const right = foldWords(b);
    const [short, long] = left.length <= right.length ? [left, right] : [right, left];
    similar =
      (isMeaningfulPart(short, long) && containsTerm(long, short)) ||
      diceSimilarity(termKey(a), termKey(b)) >= similarityThreshold;
    withA.set(b, similar);
    cachedPairs++;
  }
  return similar;
}
