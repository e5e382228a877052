// Folding and pinyin cost microseconds to a millisecond per call, and parsing, scoring and search sync
// see the same few hundred names and titles over and over, so short texts are memoized. A full cache is
// dropped rather than evicted piecemeal: simple, and the working set refills in one pass.
const memoLimit = 50_000;
const memoMaxLength = 200;

/**
 * `fn` with its results for short texts remembered; results must be treated as immutable. A caller
 * whose texts are few but long (scoring's requirement phrases and majors) may raise `maxLength` or
 * lower `limit`.
 */
export function memoizeText<T>(fn: (text: string) => T, bounds: { limit?: number; maxLength?: number } = {}): (text: string) => T {
  const cache = new Map<string, T>();
  const limit = bounds.limit ?? memoLimit;
  const maxLength = bounds.maxLength ?? memoMaxLength;
  return (text) => {
    if (text.length > maxLength) return fn(text);
    let result = cache.get(text);
    if (result === undefined) {
      result = fn(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, result);
    }
    return result;
  };
}
