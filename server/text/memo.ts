// Folding and pinyin cost microseconds to a millisecond per call, and parsing, scoring and search sync
// see the same few hundred names and titles over and over, so short texts are memoized. A full cache is
// dropped rather than evicted piecemeal: simple, and the working set refills in one pass.
const memoLimit = 50_000;
const memoMaxLength = 200;

/** `fn` with its results for short texts remembered; results must be treated as immutable. */
export function memoizeText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (text.length > memoMaxLength) return fn(text);
    let result = cache.get(text);
    if (result === undefined) {
      result = fn(text);
      if (cache.size >= memoLimit) cache.clear();
      cache.set(text, result);
    }
    return result;
  };
}
