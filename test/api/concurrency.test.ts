import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/db.js";
import type { OutboxWorker } from "../../search/outbox-worker.js";
import { startWorkerProcess } from "../../server/worker-process.js";
import { createApp } from "../../server/app.js";
import { loadConfig } from "../../server/config.js";
import { createDeps, type Deps } from "../../server/deps.js";
import { candidateProfile, seedVacancy } from "../helpers/candidate-factories.js";
import { buildOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe("a burst larger than the connection pool", () => {
  // The 5xx seen under 400 concurrent applications was pg-pool's "timeout exceeded when trying to
  // connect": requests queued for a pooled connection longer than 5 s and were failed for it.
  it("makes a query wait for a pooled connection however long the pool stays busy, instead of failing it", async () => {
    const db = createDb(ctx.databaseUrl, { max: 1 });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let holding!: () => void;
      const isHeld = new Promise<void>((resolve) => (holding = resolve));
      const holder = db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        holding();
        await held;
      });
      await isHeld;
      const waiting = sql<{ n: number }>`select 42 as n`.execute(db);
      // Longer than the old queue deadline.
      setTimeout(release, 5_500);
      expect((await waiting).rows[0]!.n).toBe(42);
      await holder;
    } finally {
      await db.destroy();
    }
  });

  it("answers 400 concurrent applications with searches mixed in without a 5xx", async () => {
    const config = loadConfig({
      DATABASE_URL: ctx.databaseUrl, MEILI_URL: ctx.deps.config.meiliUrl, MEILI_MASTER_KEY: ctx.deps.config.meiliMasterKey,
      MEILI_INDEX_PREFIX: ctx.deps.config.indexPrefix, ADMIN_TOKEN: ctx.adminToken, PUBLIC_RATE_LIMIT: "100000", LOG_LEVEL: "error",
    });
    const errors: string[] = [];
    const logger = pino({ level: "error" }, { write: (line: string) => void errors.push(line) });
    const deps: Deps = createDeps(config, { databaseUrl: ctx.databaseUrl, meiliUrl: config.meiliUrl!, meiliMasterKey: config.meiliMasterKey, adminToken: ctx.adminToken }, { logger });
    // As `npm start` runs: the sync worker in the same process, on the same pool.
    const worker: OutboxWorker = startWorkerProcess(deps, { listenUrl: ctx.databaseUrl });
    const server: Server = createServer(createApp(deps));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", 4096, resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const org = await buildOrganization(ctx);
      const vacancies = await Promise.all([1, 2, 3].map(() => seedVacancy(ctx, org)));
      const requests = Array.from({ length: 400 }, (_, i) => {
        const body = JSON.stringify({ candidate: candidateProfile({ email: `burst-${i % 300}@example.com`, discoverable: i % 2 === 0 }), consent: true });
        const headers: Record<string, string> = { "content-type": "application/json", ...(i % 4 === 0 ? { "Idempotency-Key": `burst-${i % 40}` } : {}) };
        return [
          fetch(`${base}/v1/jobs/${vacancies[i % 3]!.id}/applications`, { method: "POST", headers, body }),
          fetch(`${base}/v1/jobs?q=Java`),
        ];
      }).flat();
      const statuses = (await Promise.all(requests)).map((r) => r.status);
      expect(statuses.filter((s) => s >= 500), errors.slice(0, 2).join("\n")).toEqual([]);
      expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await worker.stop();
      await deps.close();
    }
  });
});
