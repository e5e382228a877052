import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { claimOutboxBatch, enqueueOutbox, outboxStats } from "../../db/outbox.repository.js";
import { createOutboxWorker, type OutboxMessage } from "../../search/outbox-worker.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());
beforeEach(async () => {
  await ctx.deps.db.deleteFrom("outbox").execute();
});

const logger = pino({ level: "silent" });

describe("outbox worker", () => {
  it("hands a batch of messages to its topic's handler in one call and removes them", async () => {
    const calls: OutboxMessage[][] = [];
    const worker = createOutboxWorker({ db: ctx.deps.db, logger, handlers: { "t.a": async (m) => void calls.push(m) } });
    await enqueueOutbox(ctx.deps.db, [
      { topic: "t.a", aggregateId: "1", aggregateVersion: 3, payload: { x: 1 } },
      { topic: "t.a", aggregateId: "2", aggregateVersion: 1 },
    ]);
    expect(await worker.drain()).toBe(2);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual([
      { topic: "t.a", aggregateId: "1", aggregateVersion: 3, payloads: [{ x: 1 }], attempts: 0 },
      { topic: "t.a", aggregateId: "2", aggregateVersion: 1, payloads: [{}], attempts: 0 },
    ]);
    expect(await outboxStats(ctx.deps.db)).toEqual({ pending: 0, dead: 0 });
  });

  it("coalesces the rows of one aggregate into one message carrying every payload, oldest first", async () => {
    const seen: OutboxMessage[] = [];
    const worker = createOutboxWorker({ db: ctx.deps.db, logger, handlers: { "t.a": async (m) => void seen.push(...m) } });
    await enqueueOutbox(ctx.deps.db, [1, 2, 3].map((v) => ({ topic: "t.a", aggregateId: "same", aggregateVersion: v, payload: { v } })));
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.a", aggregateId: "other" }]);
    await worker.drain();
    expect(seen.map((m) => m.aggregateId).sort()).toEqual(["other", "same"]);
    expect(seen.find((m) => m.aggregateId === "same")).toMatchObject({ aggregateVersion: 3, payloads: [{ v: 1 }, { v: 2 }, { v: 3 }] });
  });

  it("retries a failing handler with backoff, then dead-letters it", async () => {
    let clock = new Date("2026-01-01T00:00:00Z");
    let attempts = 0;
    const worker = createOutboxWorker({
      db: ctx.deps.db,
      logger,
      handlers: { "t.fail": async () => void (attempts++, (() => { throw new Error("engine down"); })()) },
      options: { now: () => clock, baseBackoffMs: 1000, maxAttempts: 3 },
    });
    await ctx.deps.db.insertInto("outbox").values({ topic: "t.fail", aggregate_id: "x", payload: "{}", next_attempt_at: clock, last_error: null, dead_at: null }).execute();
    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0); // not due yet: backoff
    clock = new Date(clock.getTime() + 1000);
    await worker.drain();
    clock = new Date(clock.getTime() + 2000);
    await worker.drain();
    expect(attempts).toBe(3);
    const row = await ctx.deps.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row.attempts).toBe(3);
    expect(row.last_error).toBe("engine down");
    expect(row.dead_at).not.toBeNull();
    clock = new Date(clock.getTime() + 3_600_000);
    expect(await worker.drain()).toBe(0);
  });

  it("retries only the aggregate that fails when a batch fails, and completes the rest", async () => {
    let clock = new Date("2026-01-01T00:00:00Z");
    const done: string[] = [];
    const worker = createOutboxWorker({
      db: ctx.deps.db,
      logger,
      handlers: {
        "t.b": async (messages) => {
          if (messages.some((m) => m.aggregateId === "bad")) throw new Error("one bad document fails the whole task");
          done.push(...messages.map((m) => m.aggregateId));
        },
      },
      options: { now: () => clock },
    });
    await ctx.deps.db.insertInto("outbox")
      .values(["good-1", "bad", "good-2"].map((id) => ({ topic: "t.b", aggregate_id: id, payload: "{}", next_attempt_at: clock, last_error: null, dead_at: null })))
      .execute();
    await worker.drain();
    expect(done.sort()).toEqual(["good-1", "good-2"]);
    const left = await ctx.deps.db.selectFrom("outbox").select(["aggregate_id", "attempts", "locked_until"]).execute();
    expect(left).toEqual([{ aggregate_id: "bad", attempts: 1, locked_until: null }]);
  });

  it("holds no transaction open while a handler runs", async () => {
    let openTransactions = -1;
    const worker = createOutboxWorker({
      db: ctx.deps.db,
      logger,
      handlers: {
        "t.tx": async () => {
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'`.execute(ctx.deps.db);
          openTransactions = rows[0]!.n;
        },
      },
    });
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.tx", aggregateId: "x" }]);
    await worker.drain();
    expect(openTransactions).toBe(0);
  });

  it("claims a row written within the clock's current millisecond (PostgreSQL keeps microseconds, the clock does not)", async () => {
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.us", aggregateId: "x" }]);
    await sql`update outbox set next_attempt_at = '2030-01-01T00:00:00.000500Z' where topic = 't.us'`.execute(ctx.deps.db);
    const early = await claimOutboxBatch(ctx.deps.db, { now: new Date("2029-12-31T23:59:59.999Z"), limit: 10, leaseMs: 1000, lease: randomUUID() });
    expect(early).toHaveLength(0);
    const claimed = await claimOutboxBatch(ctx.deps.db, { now: new Date("2030-01-01T00:00:00.000Z"), limit: 10, leaseMs: 1000, lease: randomUUID() });
    expect(claimed.map((r) => r.aggregate_id)).toEqual(["x"]);
  });

  it("skips an aggregate another worker holds, and takes its rows back once that lease lapses", async () => {
    const clock = new Date(Date.now() + 1000);
    const handled: string[] = [];
    const worker = (now: Date) =>
      createOutboxWorker({ db: ctx.deps.db, logger, handlers: { "t.l": async (m) => void handled.push(...m.map((x) => x.aggregateId)) }, options: { now: () => now } });
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.l", aggregateId: "held" }]);
    // A worker claims the row and crashes before completing it.
    const crashed = await claimOutboxBatch(ctx.deps.db, { now: clock, limit: 10, leaseMs: 60_000, lease: randomUUID() });
    expect(crashed).toHaveLength(1);
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.l", aggregateId: "held" }, { topic: "t.l", aggregateId: "free" }]);
    await worker(clock).drain();
    expect(handled).toEqual(["free"]);
    await worker(new Date(clock.getTime() + 60_001)).drain();
    expect(handled).toEqual(["free", "held"]);
    expect(await outboxStats(ctx.deps.db)).toEqual({ pending: 0, dead: 0 });
  });

  it("never runs two handlers for one aggregate at the same time, across workers", async () => {
    let active = 0;
    let maxActive = 0;
    const handler = async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
    };
    const workers = [1, 2, 3].map(() => createOutboxWorker({ db: ctx.deps.db, logger, handlers: { "t.a": handler }, options: { batchSize: 1 } }));
    for (let i = 0; i < 6; i++) {
      await ctx.deps.db.transaction().execute((trx) => enqueueOutbox(trx, [{ topic: "t.a", aggregateId: "one" }]));
    }
    await Promise.all(workers.map((w) => w.drain()));
    expect(maxActive).toBe(1);
    expect((await outboxStats(ctx.deps.db)).pending).toBe(0);
  });

  it("runs batches side by side within one worker, never two for one aggregate, each aggregate's rows in order", async () => {
    const active = new Set<string>();
    let overlapped = false;
    let sideBySide = 0;
    const seen = new Map<string, number[]>();
    const handler = async (messages: OutboxMessage[]) => {
      for (const m of messages) {
        if (active.has(m.aggregateId)) overlapped = true;
        active.add(m.aggregateId);
      }
      sideBySide = Math.max(sideBySide, active.size);
      await new Promise((r) => setTimeout(r, 20));
      for (const m of messages) {
        active.delete(m.aggregateId);
        seen.set(m.aggregateId, [...(seen.get(m.aggregateId) ?? []), ...m.payloads.map((p) => p.v as number)]);
      }
    };
    const worker = createOutboxWorker({ db: ctx.deps.db, logger, handlers: { "t.a": handler }, options: { batchSize: 2, concurrency: 3 } });
    for (let v = 1; v <= 3; v++) {
      await enqueueOutbox(ctx.deps.db, ["a", "b", "c", "d", "e", "f"].map((id) => ({ topic: "t.a", aggregateId: id, payload: { v } })));
    }
    expect(await worker.drain()).toBe(18);
    expect(overlapped).toBe(false);
    expect(sideBySide).toBeGreaterThan(2);
    for (const id of ["a", "b", "c", "d", "e", "f"]) expect(seen.get(id)).toEqual([1, 2, 3]);
    expect((await outboxStats(ctx.deps.db)).pending).toBe(0);
  });

  it("claims a backlog in batches that double while claims come back full, up to maxBatchSize", async () => {
    const sizes: number[] = [];
    const handled: string[] = [];
    const worker = createOutboxWorker({
      db: ctx.deps.db, logger, handlers: { "t.a": async (m) => void handled.push(...m.map((x) => x.aggregateId)) },
      options: { batchSize: 2, maxBatchSize: 8, concurrency: 1, onBatch: (b) => void sizes.push(b.rows) },
    });
    await enqueueOutbox(ctx.deps.db, Array.from({ length: 30 }, (_, i) => ({ topic: "t.a", aggregateId: `a${i}` })));
    expect(await worker.drain()).toBe(30);
    expect(sizes).toEqual([2, 4, 8, 8, 8]);
    expect(new Set(handled).size).toBe(30);
    // The next run starts at batchSize again.
    await enqueueOutbox(ctx.deps.db, Array.from({ length: 3 }, (_, i) => ({ topic: "t.a", aggregateId: `b${i}` })));
    sizes.length = 0;
    expect(await worker.drain()).toBe(3);
    expect(sizes).toEqual([2, 1]);
  });

  it("wakes on NOTIFY when started", async () => {
    let listening!: () => void;
    const registered = new Promise<void>((resolve) => (listening = resolve));
    let woken!: (id: string) => void;
    const done = new Promise<string>((resolve) => (woken = resolve));
    const worker = createOutboxWorker({
      db: ctx.deps.db,
      logger,
      handlers: { "t.n": async (m) => woken(m[0]!.aggregateId) },
      options: { listenUrl: ctx.databaseUrl, pollMs: 600_000, onListening: () => listening() },
    });
    worker.start();
    await registered;
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.n", aggregateId: "woken" }]);
    expect(await done).toBe("woken");
    await worker.stop();
  });

  it("reconnects LISTEN after its connection is killed, with a logged warning", async () => {
    const warnings: string[] = [];
    const recording = pino({ level: "warn" }, { write: (line: string) => void warnings.push(JSON.parse(line).msg) });
    let listens = 0;
    let onListen: () => void = () => undefined;
    const listened = (n: number) => new Promise<void>((resolve) => (onListen = () => ++listens >= n && resolve()));
    let woken!: (id: string) => void;
    const done = new Promise<string>((resolve) => (woken = resolve));
    const first = listened(1);
    const worker = createOutboxWorker({
      db: ctx.deps.db,
      logger: recording,
      handlers: { "t.r": async (m) => woken(m[0]!.aggregateId) },
      options: { listenUrl: ctx.databaseUrl, pollMs: 600_000, onListening: () => onListen() },
    });
    worker.start();
    await first;
    const second = listened(2);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN%'`.execute(ctx.deps.db);
    await second;
    expect(warnings.some((w) => w.includes("LISTEN connection lost"))).toBe(true);
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.r", aggregateId: "after-reconnect" }]);
    expect(await done).toBe("after-reconnect");
    await worker.stop();
  });
});
