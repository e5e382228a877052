import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueOutbox, outboxStats } from "../../db/outbox.repository.js";
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

const scrape = async () => {
  const res = await ctx.request().get("/metrics").set(bearer(ctx.adminToken));
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
