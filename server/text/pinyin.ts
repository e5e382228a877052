import { pinyin, polyphonic } from "pinyin-pro";
import { memoizeText } from "./memo.js";

const hanRun = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const options = { toneType: "none", type: "array", v: true } as const;

// A title's readings multiply with each polyphonic character; beyond this many per suffix the rarest
// combinations are dropped (the contextual reading always comes first, so it is never among them).
const maxCombinationsPerSuffix = 16;

/** Every reading of each character, the one pinyin-pro picks from context first. */
function readingsOf(run: string): string[][] {
  const contextual = pinyin(run, options);
  const all = polyphonic(run, options);
  return [...run].map((_, i) => [...new Set([contextual[i]!, ...(all[i] ?? [])].filter(Boolean))]);
}

function combinations(readings: string[][], limit: number): string[][] {
  let out: string[][] = [[]];
  for (const choices of readings) {
    const next: string[][] = [];
    for (const prefix of out) {
      for (const choice of choices) {
        if (next.length >= limit) break;
        next.push([...prefix, choice]);
      }
    }
    out = next;
  }
  return out;
}

/**
 * Search keys that let Latin typing find Chinese text: for every suffix of every Han run, the joined
 * full pinyin (kuaiji) and the initials (kj), in every reading of polyphonic characters (会 is hui and
 * kuai), plus the contextual reading spaced by syllable (kuai ji). Suffixes let 区域销售 be found by
 * xiaoshou; Meilisearch's prefix match on the last query word makes kuai find kuaiji. Expects
 * Simplified text (fold first): pinyin-pro's dictionary is Simplified.
 */
export function pinyinSearchKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const [run] of text.matchAll(hanRun)) for (const key of keysOfRun(run)) keys.add(key);
  return [...keys];
}

// About a millisecond per run, and titles share their runs (销售经理 in 销售经理（华东区）and 销售经理2名),
// so each run is read once per process: search sync spent half its time here.
const keysOfRun = memoizeText((run: string): string[] => {
  const keys = new Set<string>();
  const readings = readingsOf(run);
  keys.add(readings.map((r) => r[0]).join(" "));
  for (let start = 0; start < readings.length; start++) {
    for (const combo of combinations(readings.slice(start), maxCombinationsPerSuffix)) {
      keys.add(combo.join(""));
      if (combo.length > 1) keys.add(combo.map((syllable) => syllable[0]).join(""));
    }
  }
  return [...keys];
});
