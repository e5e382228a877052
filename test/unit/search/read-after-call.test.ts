import { describe, expect, it } from "vitest";
import { readAfterCall } from "../../../search/read-after-call.js";

/** A load whose reads the test finishes by hand, numbered in the order they started. */
function manualLoad() {
  const reads: { n: number; finish(ok: boolean): void }[] = [];
  const load = () =>
    new Promise<number>((resolve, reject) => {
      const n = reads.length + 1;
      reads.push({ n, finish: (ok) => (ok ? resolve(n) : reject(new Error(`read ${n} failed`))) });
    });
  return { reads, load };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("readAfterCall", () => {
  it("starts a read for a caller when none is running", async () => {
    const { reads, load } = manualLoad();
    const read = readAfterCall(load);
    const first = read();
    expect(reads).toHaveLength(1);
    reads[0]!.finish(true);
    expect(await first).toBe(1);
    const second = read();
    expect(reads).toHaveLength(2);
    reads[1]!.finish(true);
    expect(await second).toBe(2);
  });

  it("answers callers that arrive during a read with one read started after it, never with the running one", async () => {
    const { reads, load } = manualLoad();
    const read = readAfterCall(load);
    const first = read();
    const late = [read(), read(), read()];
    await tick();
    expect(reads).toHaveLength(1);
    reads[0]!.finish(true);
    expect(await first).toBe(1);
    await tick();
    expect(reads).toHaveLength(2);
    reads[1]!.finish(true);
    expect(await Promise.all(late)).toEqual([2, 2, 2]);
  });

  it("a failed read fails only its own callers; the next one still runs", async () => {
    const { reads, load } = manualLoad();
    const read = readAfterCall(load);
    const first = read();
    const late = read();
    reads[0]!.finish(false);
    await expect(first).rejects.toThrow("read 1 failed");
    await tick();
    reads[1]!.finish(true);
    expect(await late).toBe(2);
  });
});
