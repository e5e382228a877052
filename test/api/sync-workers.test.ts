import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../db/db.js";
import { outboxStats } from "../../db/outbox.repository.js";
import { createSyncWorker } from "../../server/sync-wiring.js";
import type { OutboxWorker } from "../../search/outbox-worker.js";
import { vacancyIndexName } from "../../search/vacancy-index.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
const pools: Db[] = [];
const workers: OutboxWorker[] = [];
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await Promise.all(pools.map((p) => p.destroy()));
  await ctx.close();
});

/** A worker process of its own: its own pool, its own LISTEN connection, small batches so the two interleave. */
function startWorker(): OutboxWorker {
  const db = createDb(ctx.databaseUrl, { max: 3 });
  pools.push(db);
  const worker = createSyncWorker(
    { ...ctx.deps, db, logger: pino({ level: "silent" }), now: () => new Date() },
    { options: { listenUrl: ctx.databaseUrl, batchSize: 7, pollMs: 50 }, expiryCheckMs: 600_000 },
  );
  worker.start();
  workers.push(worker);
  return worker;
}

async function outboxEmpty(deadlineMs: number): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if ((await outboxStats(ctx.deps.db)).pending === 0) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe("two workers and an API against one database", () => {
  it("lose no document, duplicate none, and leave none stale", async () => {
    startWorker();
    startWorker();
    const recruiter = bearer(org.apiKey);
    const vacancies = await Promise.all(Array.from({ length: 40 }, (_, i) => buildVacancy(ctx, org, { title: `双进程同步岗${i}` })));
    // Changes race the workers: moves, closes, and several moves of one vacancy in a row.
    await Promise.all(vacancies.map(async (v, i) => {
      for (let round = 0; round < 3; round++) {
        await ctx.request().patch(`/v1/vacancies/${v.id}`).set(recruiter).send({ location: `城市${i}-${round}` }).expect(200);
      }
      if (i % 4 === 0) await ctx.request().post(`/v1/vacancies/${v.id}/close`).set(recruiter).expect(200);
    }));
    expect(await outboxEmpty(60_000)).toBe(true);

    const rows = await ctx.deps.db.selectFrom("vacancies").select(["id", "location", "status"]).where("organization_id", "=", org.id).execute();
    const published = rows.filter((r) => r.status === "published");
    const docs = await ctx.deps.meili.index(vacancyIndexName(ctx.deps.config.indexPrefix)).getDocuments({ limit: 1000, fields: ["id", "location"] });
    expect(docs.results.map((d) => d.id).sort()).toEqual(published.map((p) => p.id).sort());
    expect(docs.total).toBe(published.length);
    const location = new Map(published.map((p) => [p.id, p.location]));
    for (const d of docs.results) expect(d.location, d.id).toBe(location.get(d.id));
    expect(published.length).toBe(30);
  });
});
