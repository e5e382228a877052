import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DocumentPool } from "../../../server/documents/decode/document-pool.js";
import extractHere from "../../../server/documents/decode/extract.worker.js";
import type { DocumentFormat } from "../../../server/documents/index.js";
import type { DocumentPoolSettings } from "../../../server/documents/decode/pool-settings.js";
import { LOCAL_CLIENT } from "../../../server/documents/decode/pool-client.js";
import { DocumentRejected, Overloaded, ServiceUnavailable } from "../../../server/errors.js";

const tasks = new URL("./pool-tasks.worker.ts", import.meta.url);
const extract = new URL("../../../server/documents/decode/extract.worker.ts", import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));

const pools: DocumentPool[] = [];
function pool(settings: Partial<DocumentPoolSettings> = {}): DocumentPool {
  const created = new DocumentPool({ workers: 1, maxWaiting: 100, perClient: 100, memoryMb: 256, ...settings });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

type Done = { id: string; threadId: number };
const job = (p: DocumentPool, client: string, id: string, extra: { ms?: number; spin?: boolean; timeoutMs?: number; signal?: AbortSignal } = {}) => {
  const { signal, ...request } = extra;
  return p.run<Done>({ entry: tasks, request: { id, ...request }, timeoutMs: extra.timeoutMs ?? 60_000, client, signal });
};
const read = (p: DocumentPool, request: { format: string; bytes?: Uint8Array; text?: string }) =>
  p.run<{ text: string; lines: unknown[]; warnings: string[] }>({
    entry: extract, request: { bytes: new Uint8Array(0), text: null, ...request }, timeoutMs: 60_000, client: LOCAL_CLIENT,
  });
const rejection = (promise: Promise<unknown>) => promise.then(() => null, (err: unknown) => err);

// Every test starts its own pool, whose threads load tsx and the readers first: slow on a loaded machine.
describe("DocumentPool", { timeout: 60_000 }, () => {
  it("starts one client's document before another client's burst is through", async () => {
    const p = pool({ workers: 1 });
    const finished: string[] = [];
    const burst = ["a1", "a2", "a3", "a4"].map((id) => job(p, "a", id, { ms: 20 }).then((r) => finished.push(r.id)));
    const single = job(p, "b", "b1", { ms: 20 }).then((r) => finished.push(r.id));
    await Promise.all([...burst, single]);
    expect(finished).toEqual(["a1", "b1", "a2", "a3", "a4"]);
  });

  it("refuses a client past its share with 429 while others still get in, and a full queue with 503", async () => {
    const p = pool({ workers: 1, perClient: 2, maxWaiting: 3 });
    const held = [job(p, "a", "a1", { ms: 50 }), job(p, "a", "a2", { ms: 50 })];
    const refused = await rejection(job(p, "a", "a3"));
    expect(refused).toBeInstanceOf(Overloaded);
    expect(refused).toMatchObject({ code: "rate_limited" });
    expect((refused as Overloaded).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const others = [job(p, "b", "b1"), job(p, "c", "c1")];
    expect(await rejection(job(p, "d", "d1"))).toMatchObject({ code: "unavailable" });
    expect((await Promise.all([...held, ...others])).map((r) => r.id)).toEqual(["a1", "a2", "b1", "c1"]);
    expect((await job(p, "a", "a4")).id).toBe("a4");
  });

  it("never refuses the process's own work, however much it sends at once", async () => {
    const p = pool({ workers: 2, perClient: 1, maxWaiting: 1 });
    const done = await Promise.all(Array.from({ length: 6 }, (_, i) => job(p, LOCAL_CLIENT, `l${i}`)));
    expect(done.map((r) => r.id)).toEqual(["l0", "l1", "l2", "l3", "l4", "l5"]);
  });

  it("keeps its threads warm: a run of documents is served by the same threads", async () => {
    const p = pool({ workers: 2 });
    const threads = new Set((await Promise.all(Array.from({ length: 8 }, (_, i) => job(p, "a", `t${i}`, { ms: 5 })))).map((r) => r.threadId));
    expect([...threads].sort()).toEqual(p.liveThreads().map((t) => t.threadId).sort());
  });

  it("kills a task stuck past its deadline, replaces its thread, and lets the task beside it finish", async () => {
    const p = pool({ workers: 2 });
    const [stuck, beside] = await Promise.all([rejection(job(p, "a", "stuck", { spin: true, timeoutMs: 300 })), job(p, "b", "fine", { ms: 600 })]);
    expect(stuck).toBeInstanceOf(DocumentRejected);
    expect(stuck).toMatchObject({ code: "unprocessable", reason: "timeout" });
    expect(beside.id).toBe("fine");
    const after = await Promise.all([job(p, "a", "next1", { ms: 50 }), job(p, "a", "next2", { ms: 50 })]);
    expect(new Set(after.map((r) => r.threadId)).size).toBe(2);
    expect(p.liveThreads()).toHaveLength(2);
  });

  it("refuses a document that needs more than the heap limit, kills only that thread, and reads the next one", async () => {
    const p = pool({ workers: 1, memoryMb: 64 });
    const small = "# 出纳\n\n## 职责\n\n- 负责记账\n";
    const first = await read(p, { format: "md", text: small });
    const before = p.liveThreads()[0]!;
    const huge = "# A\n\n## B\n\n" + Array.from({ length: 300_000 }, (_, i) => `- **item** ${i} [x](y) _z_`).join("\n");
    expect(await rejection(read(p, { format: "md", text: huge }))).toMatchObject({ code: "unprocessable", reason: "too_complex" });
    expect(before.threadId).toBe(-1);
    expect(await read(p, { format: "md", text: small })).toEqual(first);
  });

  it("reads each document on a reused thread exactly as this thread reads it alone", async () => {
    const documents = ["admin-manager.pdf", "admin-manager.docx", "admin-manager.pdf"].map((name) => ({
      format: (name.endsWith(".pdf") ? "pdf" : "docx") as DocumentFormat,
      bytes: fixture(name),
    }));
    const reused = pool({ workers: 1 });
    const inTurn = [];
    for (const d of documents) inTurn.push(await read(reused, d));
    expect(reused.liveThreads()).toHaveLength(1);
    // The same handler on this thread, which has read none of the others.
    const alone = await Promise.all(documents.map((d) => extractHere({ text: null, ...d })));
    expect(inTurn).toEqual(alone);
  });

  it("on close refuses what waits, fails what runs, and leaves no thread running", async () => {
    const p = pool({ workers: 2 });
    const running = [rejection(job(p, "a", "r1", { ms: 10_000 })), rejection(job(p, "b", "r2", { ms: 10_000 }))];
    const waiting = rejection(job(p, "c", "w1"));
    while (p.stats().busy < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const threads = [...p.liveThreads()];
    expect(threads).toHaveLength(2);
    await p.close();
    expect(await waiting).toBeInstanceOf(ServiceUnavailable);
    for (const failed of await Promise.all(running)) expect(failed).toBeInstanceOf(Error);
    expect(threads.map((t) => t.threadId)).toEqual([-1, -1]);
    expect(await rejection(job(p, "a", "late"))).toBeInstanceOf(ServiceUnavailable);
  });

  it("drops a waiting document whose client disconnects: it never starts and the next client's does", async () => {
    const p = pool({ workers: 1 });
    const started: string[] = [];
    const first = job(p, "a", "a1", { ms: 200 }).then((r) => started.push(r.id));
    const gone = new AbortController();
    const dropped = rejection(job(p, "b", "b1", { signal: gone.signal }).then((r) => started.push(r.id)));
    const next = job(p, "c", "c1").then((r) => started.push(r.id));
    expect(p.stats().waiting).toBe(2);
    gone.abort();
    expect(p.stats().waiting).toBe(1);
    expect(await dropped).toBeInstanceOf(ServiceUnavailable);
    await Promise.all([first, next]);
    expect(started).toEqual(["a1", "c1"]);
    expect(await rejection(job(p, "b", "b2", { signal: gone.signal }))).toBeInstanceOf(ServiceUnavailable);
  });

  it("stops a running document whose client disconnects and serves the next one on a fresh thread", async () => {
    const p = pool({ workers: 1 });
    const gone = new AbortController();
    const stuck = rejection(job(p, "a", "spin", { spin: true, signal: gone.signal }));
    while (p.stats().busy < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    const before = p.liveThreads()[0]!;
    gone.abort();
    const failed = await stuck;
    expect(failed).toBeInstanceOf(ServiceUnavailable);
    expect(failed).not.toBeInstanceOf(DocumentRejected);
    // piscina terminates the thread the task ran on (a synchronous loop can be stopped no other way).
    await vi.waitFor(() => expect(before.threadId).toBe(-1), { timeout: 10_000 });
    expect((await job(p, "b", "after")).id).toBe("after");
  });
});
