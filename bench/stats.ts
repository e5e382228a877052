// Shared by every benchmark: latency summaries, rounding and progress on stderr (stdout is the JSON).

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export type Latency = { p50Ms: number; p95Ms: number; p99Ms: number; meanMs: number; n: number };

export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50Ms: round(at(0.5), 2), p95Ms: round(at(0.95), 2), p99Ms: round(at(0.99), 2), meanMs: round(sorted.reduce((s, x) => s + x, 0) / sorted.length, 2), n: sorted.length };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export async function timed(runs: number, fn: (i: number) => Promise<unknown>, warmup = 20): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return latency(samples);
}

const benchStarted = Date.now();

/** A progress line on stderr with the time since the bench began. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${((Date.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}
