/**
 * A small seeded generator (mulberry32) and the draws the synthetic board makes with it, so the same
 * `--seed` builds the same board. Not for anything secret.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(from: readonly T[]): T;
  /** `count` distinct items (fewer if `from` is shorter), in random order. */
  sample<T>(from: readonly T[], count: number): T[];
  /** A key drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (from) => {
      if (from.length === 0) throw new Error("cannot pick from an empty list");
      return from[Math.floor(next() * from.length)]!;
    },
    sample: (from, count) => {
      const copy = [...from];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.max(0, count));
    },
    weighted: (weights) => {
      const entries = Object.entries(weights) as [never, number][];
      let left = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, w] of entries) {
        left -= w;
        if (left < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
  };
}
