import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueOutbox, outboxStats } from "../../db/outbox.repository.js";
import { createMeiliClient } from "../../server/deps.js";
import { freePort } from "../../server/embedded/child-process.js";
import { createSyncWorker } from "../../server/sync-wiring.js";
import { startWorkerProcess } from "../../server/worker-process.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const scrape = async (on: TestContext = ctx) => {
  const res = await on.request().get("/metrics").set(bearer(on.adminToken));
  expect(res.status).toBe(200);
  expect(res.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text;
};
/** The value of one sample line, e.g. `outbox_backlog_rows 3`. */
const sample = (text: string, series: string) => {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe("GET /metrics", () => {
  it("is for the admin token only", async () => {
    expect((await ctx.request().get("/metrics")).status).toBe(401);
    expect((await ctx.request().get("/metrics").set(bearer(org.apiKey))).status).toBe(403);
  });

  it("reports request durations by route pattern and status, never by raw path", async () => {
    const v = await buildVacancy(ctx, org, { title: "指标岗" });
    await ctx.request().get(`/v1/jobs/${v.id}`).expect(200);
    const text = await scrape();
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/v1/jobs/:idOrSlug",status="200"}');
    expect(text).not.toContain(v.id);
  });

  it("shows the outbox backlog, then the sync batches that drained it", async () => {
    await ctx.deps.db.deleteFrom("outbox").execute();
    await enqueueOutbox(ctx.deps.db, [1, 2, 3].map((i) => ({ topic: "test.unhandled", aggregateId: `m${i}` })));
    const before = await scrape();
    expect(sample(before, "outbox_backlog_rows")).toBe(3);
    expect(sample(before, "outbox_dead_rows")).toBe(0);
    expect(sample(before, "outbox_oldest_due_age_seconds")).toBeGreaterThanOrEqual(0);
    const batchesBefore = sample(before, "sync_batch_rows_count") ?? 0;

    await ctx.deps.db.deleteFrom("outbox").execute();
    await buildVacancy(ctx, org, { title: "指标同步岗" });
    const worker = startWorkerProcess(ctx.deps);
    try {
      await expect.poll(async () => (await outboxStats(ctx.deps.db)).pending, { timeout: 20_000 }).toBe(0);
    } finally {
      await worker.stop();
    }
    const after = await scrape();
    expect(sample(after, "outbox_backlog_rows")).toBe(0);
    expect(sample(after, "sync_batch_rows_count")).toBeGreaterThan(batchesBefore);
    expect(sample(after, "sync_batch_duration_seconds_count")).toBeGreaterThan(batchesBefore);
  });

  it("times position parsing", async () => {
    const before = sample(await scrape(), "parse_duration_seconds_count") ?? 0;
    const text = "销售经理\n岗位职责：\n1. 负责区域销售\n任职要求：\n1. 本科及以上学历\n2. 三年以上销售经验";
    await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).send({ text }).expect(200);
    expect(sample(await scrape(), "parse_duration_seconds_count")).toBe(before + 1);
  });
});

describe("the outbox age during a Meilisearch outage", () => {
  it("keeps growing from the oldest waiting row while its retries are scheduled ahead", async () => {
    let clock = new Date();
    const down = await createTestContext({}, { now: () => clock });
    try {
      const owner = await buildOrganization(down);
      await buildVacancy(down, owner, { title: "停机积压岗" });
      // Meilisearch unreachable: the batch fails and its rows are rescheduled ten minutes ahead.
      const unreachable = createMeiliClient(`http://127.0.0.1:${await freePort()}`, "no-key");
      clock = new Date(Date.now() + 1_000);
      const worker = createSyncWorker({ ...down.deps, meili: unreachable }, { options: { now: () => clock, baseBackoffMs: 600_000 } });
      expect(await worker.runOnce()).toBeGreaterThan(0);
      const waiting = await down.deps.db.selectFrom("outbox").select(["created_at", "next_attempt_at", "attempts"]).execute();
      expect(waiting.length).toBeGreaterThan(0);
      expect(waiting.every((r) => r.attempts === 1 && new Date(r.next_attempt_at) > clock)).toBe(true);
      const oldest = Math.min(...waiting.map((r) => new Date(r.created_at).getTime()));

      clock = new Date(oldest + 5_000);
      expect(sample(await scrape(down), "outbox_oldest_due_age_seconds")).toBeCloseTo(5, 3);
      clock = new Date(oldest + 65_000);
      const later = await scrape(down);
      expect(sample(later, "outbox_oldest_due_age_seconds")).toBeCloseTo(65, 3);
      expect(sample(later, "outbox_backlog_rows")).toBe(waiting.length);
    } finally {
      await down.close();
    }
  });
});
