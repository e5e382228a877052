import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enqueueOutbox, outboxStats } from "../../db/outbox.repository.js";
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
  it("hands each message to its topic's handler and removes it", async () => {
    const seen: OutboxMessage[] = [];
    const worker = createOutboxWorker({ db: ctx.deps.db, logger, handlers: { "t.a": async (m) => void seen.push(m) } });
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.a", aggregateId: "1", aggregateVersion: 3, payload: { x: 1 } }]);
    expect(await worker.drain()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ topic: "t.a", aggregateId: "1", aggregateVersion: 3, payloads: [{ x: 1 }], attempts: 0 });
    expect(await outboxStats(ctx.deps.db)).toEqual({ pending: 0, dead: 0 });
  });

  it("coalesces older messages of the same aggregate into one handler call", async () => {
    const calls: string[] = [];
    const worker = createOutboxWorker({ db: ctx.deps.db, logger, handlers: { "t.a": async (m) => void calls.push(m.aggregateId) } });
    await enqueueOutbox(ctx.deps.db, [1, 2, 3].map((v) => ({ topic: "t.a", aggregateId: "same", aggregateVersion: v })));
    await enqueueOutbox(ctx.deps.db, [{ topic: "t.a", aggregateId: "other" }]);
    await worker.drain();
    expect(calls.sort()).toEqual(["other", "same"]);
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

  it("never runs two handlers for one aggregate at the same time, across workers", async () => {
    let active = 0;
    let maxActive = 0;
    const handler = async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
    };
    const workers = [1, 2, 3].map(() => createOutboxWorker({ db: ctx.deps.db, logger, handlers: { "t.a": handler } }));
    for (let i = 0; i < 6; i++) {
      await ctx.deps.db.transaction().execute((trx) => enqueueOutbox(trx, [{ topic: "t.a", aggregateId: "one" }]));
    }
    await Promise.all(workers.map((w) => w.drain()));
    expect(maxActive).toBe(1);
    expect((await outboxStats(ctx.deps.db)).pending).toBe(0);
  });

  it("wakes on NOTIFY when started", async () => {
    const done = new Promise<string>((resolve) => {
      const worker = createOutboxWorker({
        db: ctx.deps.db,
        logger,
        handlers: { "t.n": async (m) => { resolve(m.aggregateId); void worker.stop(); } },
        options: { listenUrl: ctx.databaseUrl, pollMs: 60_000 },
      });
      worker.start();
      // Give LISTEN a moment to register by enqueueing only after a first empty cycle.
      setTimeout(() => void enqueueOutbox(ctx.deps.db, [{ topic: "t.n", aggregateId: "woken" }]), 300);
    });
    expect(await done).toBe("woken");
  });
});
