import { pino } from "pino";
import { expect } from "vitest";
import { createOutboxWorker, type OutboxWorker } from "../../search/outbox-worker.js";
import { vacancySyncHandlers } from "../../search/vacancy-sync.js";
import { emptyRequirements } from "../../server/positions/position.schema.js";
import { bearer, type TestOrganization } from "../helpers/factories.js";
import type { TestContext } from "../helpers/test-app.js";
import { searchTopics } from "../../server/sync-wiring.js";

export const positionBody = (overrides: Record<string, unknown> = {}) => ({
  title: "行政主管",
  department: "行政部",
  reportsTo: null,
  subordinates: [],
  summary: null,
  responsibilities: ["制定行政管理制度"],
  requirements: emptyRequirements(),
  compliance: [],
  language: "zh-Hans",
  ...overrides,
});

export async function buildPosition(ctx: TestContext, org: TestOrganization, overrides: Record<string, unknown> = {}): Promise<{ id: string; title: string }> {
  const res = await ctx.request().post("/v1/positions").set(bearer(org.apiKey)).send(positionBody(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** A position and a vacancy for it, in the given status (published by default). */
export async function buildVacancy(
  ctx: TestContext,
  org: TestOrganization,
  position: Record<string, unknown> = {},
  vacancy: Record<string, unknown> = {},
): Promise<{ id: string; slug: string; version: number; status: string; title: string }> {
  const p = await buildPosition(ctx, org, position);
  const res = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: p.id, status: "published", location: "上海", ...vacancy });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The search sync as the worker process runs it, against the test's own index prefix. */
export function syncWorker(ctx: TestContext): OutboxWorker {
  const { db, meili, now } = ctx.deps;
  return createOutboxWorker({
    db,
    logger: pino({ level: "silent" }),
    handlers: vacancySyncHandlers({ db, meili, now, indexPrefix: ctx.deps.config.indexPrefix, topics: searchTopics }),
  });
}

export async function searchJobs(ctx: TestContext, query: Record<string, string | number>) {
  const res = await ctx.request().get("/v1/jobs").query(query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: { id: string; title: string; highlight: { title: string } }[]; total: number; facets: Record<string, Record<string, number>> };
}
