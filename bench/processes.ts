import { readdirSync, readFileSync } from "node:fs";

// Memory of the processes under test, read from /proc (Linux): the API's own peak (VmHWM), and for
// PostgreSQL, whose work happens in one process per connection, the sum over the postmaster's tree.

function statusField(pid: number, field: "VmHWM" | "VmRSS"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0; // the process ended while we looked
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(entry));
    } catch {
      // gone
    }
  }
  return out;
}

/** The process and every descendant. */
export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]!));
  return all;
}

/** Peak resident memory of one process so far, MB. */
export const peakRssMb = (pid: number) => statusField(pid, "VmHWM");

/** Resident memory of a process tree now, MB (shared pages count once per process that maps them). */
export const treeRssMb = (pid: number) => processTree(pid).reduce((sum, p) => sum + statusField(p, "VmRSS"), 0);

/** Samples `measure` every `everyMs` and keeps the highest value, until stopped. */
export function peakSampler(measure: () => number, everyMs = 500): { peak(): number; stop(): number } {
  let peak = measure();
  const timer = setInterval(() => (peak = Math.max(peak, measure())), everyMs);
  timer.unref();
  return { peak: () => peak, stop: () => (clearInterval(timer), (peak = Math.max(peak, measure()))) };
}
