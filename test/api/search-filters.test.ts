import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildIfBroken } from "../../search/reindex.js";
import { vacancyIndexName, vacancyIndexSettings } from "../../search/vacancy-index.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy, searchJobs, syncWorker } from "./vacancies-helpers.js";
import { searchTopics } from "../../server/sync-wiring.js";

let ctx: TestContext;
let org: TestOrganization;
const ids: Record<string, string> = {};
const salary = (min: number, max: number) => ({ salary: { min, max, currency: "CNY", period: "month" } });

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx, { name: "筛选公司" });
  const publish = async (key: string, vacancy: Record<string, unknown>) => {
    ids[key] = (await buildVacancy(ctx, org, { title: `筛选岗${key}` }, vacancy)).id;
  };
  await publish("low", { ...salary(6000, 9000), workplaceType: "remote" });
  await publish("mid", { ...salary(8000, 12000), workplaceType: "hybrid" });
  await publish("high", salary(15000, 20000));
  await publish("unpaid", {});
  await syncWorker(ctx).drain();
});
afterAll(() => ctx.close());

const hitIds = async (query: Record<string, string | number>) => (await searchJobs(ctx, { q: "筛选岗", ...query })).items.map((h) => h.id).sort();
const only = (...keys: string[]) => keys.map((k) => ids[k]!).sort();

describe("filters on the real engine", () => {
  it("rebuilds an index that lacks a filterable attribute of this build", async () => {
    const deps = { db: ctx.deps.db, meili: ctx.deps.meili, indexPrefix: `${ctx.deps.config.indexPrefix}older_`, now: () => new Date(), logger: pino({ level: "silent" }), topics: searchTopics };
    const uid = vacancyIndexName(deps.indexPrefix);
    const settings = vacancyIndexSettings();
    await ctx.deps.meili.createIndex(uid, { primaryKey: "id" }).waitTask();
    await ctx.deps.meili.index(uid).updateSettings({ ...settings, filterableAttributes: settings.filterableAttributes!.slice(0, -1) }).waitTask();
    expect(await rebuildIfBroken(deps)).toBe("rebuilt");
    expect(await rebuildIfBroken(deps)).toBe("ok");
    await ctx.deps.meili.deleteIndex(uid).waitTask();
  });

  it("counts the organization's vacancies in its facet", async () => {
    const res = await searchJobs(ctx, { q: "筛选岗" });
    expect(res.items).toHaveLength(4);
    expect(res.facets.organization).toEqual({ [org.slug]: 4 });
  });
});

describe("salaryMin", () => {
  it.each([
    [5000, ["low", "mid", "high"]],
    [10000, ["mid", "high"]],
    [12000, ["mid", "high"]],
    [13000, ["high"]],
    [20000, ["high"]],
    [20001, []],
  ])("at %i finds the vacancies whose range reaches it", async (salaryMin, keys) => {
    expect(await hitIds({ salaryMin })).toEqual(only(...keys));
  });

  it("combines with the other filters and works on a board", async () => {
    expect(await hitIds({ salaryMin: 10000, organization: org.slug })).toEqual(only("mid", "high"));
    const board = await ctx.request().get(`/v1/boards/${org.slug}/vacancies`).query({ q: "筛选岗", salaryMin: 13000 });
    expect(board.status).toBe(200);
    expect(board.body.items.map((h: { id: string }) => h.id)).toEqual([ids.high]);
  });

  it.each(["-1", "0", "abc", "1e10"])("refuses %j with 400 naming the parameter", async (salaryMin) => {
    const res = await ctx.request().get("/v1/jobs").query({ salaryMin });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("query.salaryMin");
  });

  it("is documented as a query parameter of both searches", async () => {
    const spec = (await ctx.request().get("/openapi.json")).body;
    for (const path of ["/v1/jobs", "/v1/boards/{orgSlug}/vacancies"]) {
      expect(spec.paths[path].get.parameters.map((p: { name: string }) => p.name)).toContain("salaryMin");
    }
  });
});

describe("workplaceType", () => {
  it("is set on create, changed and cleared by PATCH, and refused outside onsite/hybrid/remote", async () => {
    const created = await buildVacancy(ctx, org, {}, { status: "draft", workplaceType: "onsite" });
    expect(created).toMatchObject({ workplaceType: "onsite" });
    const patch = (body: object) => ctx.request().patch(`/v1/vacancies/${created.id}`).set(bearer(org.apiKey)).send(body);
    expect((await patch({ workplaceType: "hybrid" })).body.workplaceType).toBe("hybrid");
    const bad = await patch({ workplaceType: "office" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("workplaceType");
    expect((await patch({ workplaceType: null })).body.workplaceType).toBeNull();
    expect(await buildVacancy(ctx, org, {}, { status: "draft" })).toMatchObject({ workplaceType: null });
  });

  it.each([
    ["remote", ["low"]],
    ["hybrid", ["mid"]],
    ["onsite", []],
  ])("finds the %s vacancies and shows the type on the hit", async (workplaceType, keys) => {
    const res = await searchJobs(ctx, { q: "筛选岗", workplaceType });
    expect(res.items.map((h) => h.id).sort()).toEqual(only(...keys));
    for (const hit of res.items as unknown as { workplaceType: string }[]) expect(hit.workplaceType).toBe(workplaceType);
  });

  it("combines with salaryMin and works on a board", async () => {
    expect(await hitIds({ workplaceType: "hybrid", salaryMin: 10000 })).toEqual(only("mid"));
    expect(await hitIds({ workplaceType: "remote", salaryMin: 10000 })).toEqual([]);
    const board = await ctx.request().get(`/v1/boards/${org.slug}/vacancies`).query({ q: "筛选岗", workplaceType: "remote" });
    expect(board.body.items.map((h: { id: string }) => h.id)).toEqual([ids.low]);
  });

  it("refuses an unknown type with 400 naming the parameter", async () => {
    const res = await ctx.request().get("/v1/jobs").query({ workplaceType: "office" });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("query.workplaceType");
  });
});

