import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxStats } from "../../db/outbox.repository.js";
import { createOutboxWorker } from "../../search/outbox-worker.js";
import { rebuildIfBroken, reindexVacancies } from "../../search/reindex.js";
import { vacancyIndexName } from "../../search/vacancy-index.js";
import { searchVacancies } from "../../search/vacancy-search.js";
import { vacancySyncHandlers } from "../../search/vacancy-sync.js";
import supertest from "supertest";
import { createApp } from "../../server/app.js";
import { createDeps, createMeiliClient } from "../../server/deps.js";
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from "../../server/embedded/meilisearch.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildPosition, buildVacancy, searchJobs, syncWorker } from "./vacancies-helpers.js";
import { searchTopics } from "../../server/sync-wiring.js";

let ctx: TestContext;
let org: TestOrganization;
const logger = pino({ level: "silent" });
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const query = (q: string) => ({ q, filters: {}, sort: "relevance" as const, page: 1, pageSize: 100 });

describe("Meilisearch outage", () => {
  let meili: EmbeddedMeilisearch;
  let dataDir: string;
  const log = { info: () => undefined, warn: () => undefined };
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "jobboard-outage-"));
    meili = await startEmbeddedMeilisearch({ dataDir, log });
  });
  afterAll(async () => {
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("publishes while the engine is down and catches up once it is back: no loss, no duplicates", async () => {
    const client = createMeiliClient(meili.url, meili.masterKey);
    const deps = { db: ctx.deps.db, meili: client, indexPrefix: ctx.deps.config.indexPrefix, now: () => new Date(), topics: searchTopics };
    let clock = new Date();
    const worker = createOutboxWorker({ db: ctx.deps.db, logger, handlers: vacancySyncHandlers(deps), options: { now: () => clock, maxAttempts: 5 } });
    await ctx.deps.db.deleteFrom("outbox").execute();

    const before = await buildVacancy(ctx, org, { title: "停机前发布岗" });
    clock = new Date(Date.now() + 1000);
    await worker.drain();
    expect((await searchVacancies(deps, query("停机前发布岗"))).items.map((h) => h.id)).toEqual([before.id]);

    await meili.stop();
    const during = await buildVacancy(ctx, org, { title: "停机期间发布岗" });
    const patched = await ctx.request().patch(`/v1/vacancies/${before.id}`).set(bearer(org.apiKey)).send({ location: "杭州西湖区" });
    expect(patched.status).toBe(200);
    const draft = await buildVacancy(ctx, org, { title: "停机期间草稿岗" }, { status: "draft" });
    await ctx.request().post(`/v1/vacancies/${draft.id}/publish`).set(bearer(org.apiKey)).expect(200);
    await ctx.request().post(`/v1/vacancies/${draft.id}/close`).set(bearer(org.apiKey)).expect(200);

    clock = new Date(Date.now() + 1000);
    await worker.drain();
    const waiting = await ctx.deps.db.selectFrom("outbox").select(["attempts", "last_error", "dead_at"]).execute();
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    expect(waiting.every((r) => r.attempts === 1 && r.last_error && r.dead_at === null)).toBe(true);

    meili = await startEmbeddedMeilisearch({ dataDir, log, port: meili.port });
    // The retries are due after their backoff; the worker's clock jumps there instead of sleeping.
    clock = new Date(clock.getTime() + 60_000);
    await worker.drain();
    expect(await outboxStats(ctx.deps.db)).toEqual({ pending: 0, dead: 0 });

    const index = client.index(vacancyIndexName(deps.indexPrefix));
    const all = await index.getDocuments({ limit: 100 });
    expect(all.results.map((d) => d.id).sort()).toEqual([before.id, during.id].sort());
    expect((await index.getDocument(before.id)).location).toBe("杭州西湖区");
    expect((await searchVacancies(deps, query("停机期间发布岗"))).items.map((h) => h.id)).toEqual([during.id]);
    expect((await searchVacancies(deps, query("停机期间草稿岗"))).items).toEqual([]);
  });
});

describe("search engine unreachable", () => {
  it("answers public searches with 503 while recruiters keep publishing and the vacancy page keeps working", async () => {
    const deadMeili = "http://127.0.0.1:9";
    const down = createDeps(ctx.deps.config, { databaseUrl: ctx.databaseUrl, meiliUrl: deadMeili, meiliMasterKey: "x".repeat(16), adminToken: ctx.adminToken }, { logger });
    try {
      const app = supertest(createApp(down));
      const res = await app.get("/v1/jobs").query({ q: "销售" });
      expect(res.status).toBe(503);
      expect(res.headers["content-type"]).toMatch(/problem\+json/);
      expect((await app.get(`/v1/boards/${org.slug}/vacancies`)).status).toBe(503);
      const position = await buildPosition(ctx, org, { title: "引擎离线时发布" });
      const published = await app.post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id, status: "published" });
      expect(published.status).toBe(201);
      expect((await app.get(`/v1/jobs/${published.body.id}`)).status).toBe(200);
    } finally {
      await down.close();
    }
  });
});

describe("ordering under concurrency", () => {
  it("ends with the database's state after concurrent updates and several workers", async () => {
    const v = await buildVacancy(ctx, org, { title: "并发更新岗" });
    const workers = [syncWorker(ctx), syncWorker(ctx), syncWorker(ctx)];
    const locations = Array.from({ length: 24 }, (_, i) => `城市${i}`);
    let writing = true;
    const draining = workers.map(async (w) => {
      while (writing) await w.runOnce(5);
    });
    await Promise.all(locations.map((location) => ctx.request().patch(`/v1/vacancies/${v.id}`).set(bearer(org.apiKey)).send({ location }).expect(200)));
    writing = false;
    await Promise.all(draining);
    await Promise.all(workers.map((w) => w.drain()));
    const row = await ctx.deps.db.selectFrom("vacancies").select(["location", "version"]).where("id", "=", v.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(1 + locations.length);
    const doc = await ctx.deps.meili.index(vacancyIndexName(ctx.deps.config.indexPrefix)).getDocument(v.id);
    expect(doc.location).toBe(row.location);
  });

  it("re-syncs a vacancy when its position changes", async () => {
    const v = await buildVacancy(ctx, org, { title: "改名前的岗位" });
    await syncWorker(ctx).drain();
    const { positionId } = (await ctx.request().get(`/v1/vacancies/${v.id}`).set(bearer(org.apiKey))).body;
    await ctx.request().patch(`/v1/positions/${positionId}`).set(bearer(org.apiKey)).send({ title: "改名後的崗位" }).expect(200);
    await syncWorker(ctx).drain();
    expect((await searchJobs(ctx, { q: "改名后的岗位" })).items.map((h) => h.title)).toEqual(["改名後的崗位"]);
    expect((await searchJobs(ctx, { q: "改名前的岗位" })).items).toEqual([]);
  });
});

describe("reindex", () => {
  it("keeps answering searches while the index is rebuilt and swapped", async () => {
    const position = await buildPosition(ctx, org, { title: "重建索引岗" });
    const now = new Date();
    await ctx.deps.db
      .insertInto("vacancies")
      .values(Array.from({ length: 400 }, (_, i) => ({
        organization_id: org.id, position_id: position.id, slug: `rebuild-${i}`, status: "published" as const,
        published_at: now, salary: "null", weights: "null", updated_at: now, location: `地点${i % 7}`,
      })))
      .execute();
    const deps = { db: ctx.deps.db, meili: ctx.deps.meili, indexPrefix: ctx.deps.config.indexPrefix, now: () => new Date(), logger, topics: searchTopics };
    await reindexVacancies(deps);
    expect((await searchJobs(ctx, { q: "重建索引岗" })).total).toBe(400);

    let done = false;
    const rebuilding = reindexVacancies(deps).finally(() => (done = true));
    const totals: number[] = [];
    while (!done) totals.push((await searchJobs(ctx, { q: "重建索引岗" })).total);
    const result = await rebuilding;
    totals.push((await searchJobs(ctx, { q: "重建索引岗" })).total);
    expect(result.indexed).toBeGreaterThanOrEqual(400);
    expect(totals.length).toBeGreaterThan(1);
    expect(new Set(totals)).toEqual(new Set([400]));
    const indexes = await ctx.deps.meili.getIndexes({ limit: 1000 });
    expect(indexes.results.filter((i) => i.uid.startsWith(deps.indexPrefix)).map((i) => i.uid)).toEqual([vacancyIndexName(deps.indexPrefix)]);
  });

  it("loses no change made while the rebuild runs", async () => {
    const deps = { db: ctx.deps.db, meili: ctx.deps.meili, indexPrefix: ctx.deps.config.indexPrefix, now: () => new Date(), logger, topics: searchTopics };
    const worker = syncWorker(ctx);
    const rows = await ctx.deps.db.selectFrom("vacancies").select("id").where("slug", "like", "rebuild-%").orderBy("id").execute();
    let rebuilding = true;
    const rebuild = reindexVacancies(deps).finally(() => (rebuilding = false));
    const closed: string[] = [];
    const moved: string[] = [];
    // Spread over the id range, so some changes land in batches already copied and some in ones still to come.
    for (let i = 0; rebuilding || i < 10; i++) {
      const target = rows[(i * 37) % rows.length]!.id;
      if (i % 2 === 0) {
        await ctx.request().post(`/v1/vacancies/${target}/close`).set(bearer(org.apiKey)).expect(200);
        closed.push(target);
      } else {
        await ctx.request().patch(`/v1/vacancies/${target}`).set(bearer(org.apiKey)).send({ location: `搬迁${i}` }).expect(200);
        moved.push(target);
      }
      await worker.runOnce(3);
    }
    await rebuild;
    await worker.drain();
    const index = ctx.deps.meili.index(vacancyIndexName(deps.indexPrefix));
    const published = await ctx.deps.db.selectFrom("vacancies").select(["id", "location"]).where("status", "=", "published").execute();
    const docs = await index.getDocuments({ limit: 10_000, fields: ["id", "location"] });
    expect(docs.results.map((d) => d.id).sort()).toEqual(published.map((p) => p.id).sort());
    const location = new Map(published.map((p) => [p.id, p.location]));
    for (const d of docs.results) expect(d.location, d.id).toBe(location.get(d.id));
    expect(closed.length).toBeGreaterThan(0);
    expect(moved.length).toBeGreaterThan(0);
  });

  it("builds a missing index from the database", async () => {
    const deps = { db: ctx.deps.db, meili: ctx.deps.meili, indexPrefix: `${ctx.deps.config.indexPrefix}fresh_`, now: () => new Date(), logger, topics: searchTopics };
    expect(await rebuildIfBroken(deps)).toBe("rebuilt");
    expect(await rebuildIfBroken(deps)).toBe("ok");
    const published = await ctx.deps.db.selectFrom("vacancies").select("id").where("status", "=", "published").where("slug", "like", "rebuild-%").execute();
    const res = await searchVacancies(deps, query("重建索引岗"));
    expect(res.total).toBe(published.length);

    // A wiped engine whose index came back bare through a single write.
    const uid = vacancyIndexName(deps.indexPrefix);
    await ctx.deps.meili.deleteIndex(uid).waitTask();
    await ctx.deps.meili.index(uid).addDocuments([{ id: published[0]!.id, title: "bare" }], { primaryKey: "id" }).waitTask();
    expect(await rebuildIfBroken(deps)).toBe("rebuilt");
    expect((await searchVacancies(deps, query("重建索引岗"))).total).toBe(published.length);
    await ctx.deps.meili.deleteIndex(uid).waitTask();
  });
});
