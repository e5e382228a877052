import { foldKey } from "../text/fold.js";

// OpenCC conversion dominates parse time, so names (titles, skills) are folded once and text that is
// already folded (the cleaned document's key) is never converted again.

const cache = new Map<string, string>();

/** foldKey for short names, memoized. */
export function nameKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size >= 10_000) cache.clear();
    key = foldKey(name);
    cache.set(name, key);
  }
  return key;
}

const han = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * detectScript (server/text/fold.ts) for a text whose folded key of the same length is at hand: zh-Hant
 * when more than 3% of the first 4000 Han characters fold to another character.
 */
export function scriptOf(text: string, key: string): "zh-Hans" | "zh-Hant" | "en" {
  let count = 0;
  let changed = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!/\s/.test(c)) visible++;
    if (!han.test(c)) continue;
    count++;
    if (count <= 4000 && key[i] !== c) changed++;
  }
  if (count === 0 || count < Math.max(2, visible * 0.05)) return "en";
  return changed / Math.min(count, 4000) > 0.03 ? "zh-Hant" : "zh-Hans";
}
