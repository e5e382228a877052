import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VACANCY_SYNC } from "../../server/vacancies/vacancy.service.js";
import { emptyRequirements } from "../../server/positions/position.schema.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy, searchJobs, syncWorker } from "./vacancies-helpers.js";

let ctx: TestContext;
let a: TestOrganization;
let b: TestOrganization;
const ids: Record<string, string> = {};

const withEducation = (minLevel: string) => ({ ...emptyRequirements(), education: { minLevel, majors: [], majorsRequired: false } });

beforeAll(async () => {
  ctx = await createTestContext();
  a = await buildOrganization(ctx, { name: "甲公司" });
  b = await buildOrganization(ctx, { name: "乙公司" });
  const publish = async (key: string, org: TestOrganization, position: Record<string, unknown>, vacancy: Record<string, unknown> = {}) => {
    ids[key] = (await buildVacancy(ctx, org, position, vacancy)).id;
  };
  await publish("salesDirector", a, { title: "銷售總監", department: "銷售部", language: "zh-Hant", requirements: withEducation("bachelor") }, { location: "台北", employmentType: "full_time" });
  await publish("telecomRep", a, { title: "电信业务代表", department: "市场部" }, { location: "上海", employmentType: "part_time" });
  await publish("telecomLead", b, { title: "電信業務主管", department: "業務部", language: "zh-Hant" }, { location: "香港", employmentType: "full_time" });
  await publish("salesman", a, { title: "業務員", department: "銷售部", language: "zh-Hant" }, { location: "台北", employmentType: "full_time" });
  await publish("finance", a, { title: "财务主管", department: "财务部" });
  await publish("hrEn", b, { title: "HR Business Partner", department: "HR", language: "en" });
  await publish("hrZh", a, { title: "人力资源专员", department: "行政部" });
  await publish("frontDesk", a, { title: "前台接待", department: "行政部" });
  await publish("reception", b, { title: "總台接待員", department: "酒店", language: "zh-Hant" });
  await publish("service", a, { title: "客服专员", department: "运营部" });
  await publish("service2", b, { title: "客戶服務主任", department: "運營部", language: "zh-Hant" });
  await publish("java", b, { title: "Senior Java Developer", department: "Engineering", language: "en", requirements: withEducation("master") });
  await publish("draft", a, { title: "草稿职位甲乙丙" }, { status: "draft" });
  await publish("closed", a, { title: "已关闭职位丁戊己" });
  const closed = await ctx.request().post(`/v1/vacancies/${ids.closed}/close`).set(bearer(a.apiKey));
  expect(closed.status).toBe(200);
  await syncWorker(ctx).drain();
});
afterAll(() => ctx.close());

const hitIds = async (query: Record<string, string | number>) => (await searchJobs(ctx, query)).items.map((h) => h.id).sort();
const only = (...keys: string[]) => keys.map((k) => ids[k]!).sort();

describe("cross-script search", () => {
  it.each(["销售总监", "銷售總監", "銷售総監", "总监", "總監", "総監"])("finds 銷售總監 with %s", async (q) => {
    expect(await hitIds({ q })).toEqual(only("salesDirector"));
  });

  it.each(["电信业务", "電信業務", "电信業務"])("finds both telecom vacancies (one per script) with %s", async (q) => {
    expect(await hitIds({ q })).toEqual(only("telecomRep", "telecomLead"));
  });

  it("finds a Traditional department from a Simplified query and the other way round, ranked first", async () => {
    const first = async (q: string) => (await searchJobs(ctx, { q })).items[0]?.id;
    expect(await first("业务部")).toBe(ids.telecomLead);
    expect(await first("市場部")).toBe(ids.telecomRep);
  });

  it("shows the original script with highlights placed in it", async () => {
    const res = await searchJobs(ctx, { q: "销售总监" });
    expect(res.items[0]).toMatchObject({ title: "銷售總監", department: "銷售部", organization: { slug: a.slug, name: "甲公司" } });
    expect(res.items[0]!.highlight.title).toBe("<mark>銷售總監</mark>");
    const partial = await searchJobs(ctx, { q: "電信" });
    const lead = partial.items.find((h) => h.id === ids.telecomLead)!;
    expect(lead.highlight.title).toBe("<mark>電信</mark>業務主管");
  });

  it("finds English titles case-insensitively", async () => {
    expect(await hitIds({ q: "java developer" })).toEqual(only("java"));
  });
});

describe("synonyms", () => {
  it.each([
    ["销售代表", ["salesman"]],
    ["銷售代表", ["salesman"]],
    ["销售员", ["salesman"]],
    ["會計", ["finance"]],
    ["人力资源", ["hrEn", "hrZh"]],
    ["hr", ["hrEn", "hrZh"]],
    ["前台", ["frontDesk", "reception"]],
    ["總台", ["frontDesk", "reception"]],
    ["客服", ["service", "service2"]],
    ["客户服务", ["service", "service2"]],
  ])("%s finds %j", async (q, keys) => {
    expect(await hitIds({ q })).toEqual(expect.arrayContaining(only(...keys)));
  });

  it("maps 会计 to 财务 one way only", async () => {
    expect(await hitIds({ q: "会计" })).toEqual(only("finance"));
    expect(await hitIds({ q: "财务" })).toEqual(only("finance"));
  });
});

describe("filters and facets", () => {
  it("filters by location, employment type, education level and organization", async () => {
    expect(await hitIds({ location: "台北" })).toEqual(only("salesDirector", "salesman"));
    expect(await hitIds({ employmentType: "part_time" })).toEqual(only("telecomRep"));
    expect(await hitIds({ educationLevel: "master" })).toEqual(only("java"));
    expect(await hitIds({ organization: b.slug, q: "电信" })).toEqual(only("telecomLead"));
    expect(await hitIds({ department: "銷售部", location: "台北" })).toEqual(only("salesDirector", "salesman"));
  });

  it("counts facets over the matching vacancies", async () => {
    const res = await searchJobs(ctx, { q: "电信业务" });
    expect(res.total).toBe(2);
    expect(res.facets.location).toEqual({ 上海: 1, 香港: 1 });
    expect(res.facets.employmentType).toEqual({ part_time: 1, full_time: 1 });
    expect(res.facets.organization).toEqual({ [a.slug]: 1, [b.slug]: 1 });
    const all = await searchJobs(ctx, {});
    expect(all.total).toBe(12);
    expect(all.facets.educationLevel).toEqual({ bachelor: 1, master: 1 });
  });

  it("limits a careers page to its organization, without an organization facet", async () => {
    const res = await ctx.request().get(`/v1/boards/${b.slug}/vacancies`).query({ q: "電信業務" });
    expect(res.status).toBe(200);
    expect(res.body.items.map((h: { id: string }) => h.id)).toEqual([ids.telecomLead]);
    expect(res.body.facets.organization).toBeUndefined();
    const everything = await ctx.request().get(`/v1/boards/${a.slug}/vacancies`).query({ pageSize: 100 });
    expect(everything.body.total).toBe(7);
    expect(everything.body.items.every((h: { organization: { slug: string } }) => h.organization.slug === a.slug)).toBe(true);
  });

  it("pages and sorts by newest", async () => {
    const p1 = await searchJobs(ctx, { pageSize: 5, page: 1, sort: "newest" });
    const p3 = await searchJobs(ctx, { pageSize: 5, page: 3, sort: "newest" });
    expect(p1.items).toHaveLength(5);
    expect(p3.items).toHaveLength(2);
    expect(p1.items[0]!.id).toBe(ids.java);
    expect(p1).toMatchObject({ page: 1, pageSize: 5, total: 12 });
  });
});

describe("visibility", () => {
  it("never shows a draft or a closed vacancy, even searched by its exact title", async () => {
    expect(await hitIds({ q: "草稿职位甲乙丙" })).toEqual([]);
    expect(await hitIds({ q: "已关闭职位丁戊己" })).toEqual([]);
    expect((await ctx.request().get(`/v1/jobs/${ids.draft}`)).status).toBe(404);
    expect((await ctx.request().get(`/v1/jobs/${ids.closed}`)).status).toBe(404);
    const board = await ctx.request().get(`/v1/boards/${a.slug}/vacancies`).query({ q: "草稿职位甲乙丙" });
    expect(board.body.items).toEqual([]);
  });

  it("hides a vacancy whose closing time passed before any job or sync has run", async () => {
    const v = await buildVacancy(ctx, a, { title: "到期隐藏测试岗" }, { closesAt: new Date(Date.now() + 3_600_000).toISOString() });
    await syncWorker(ctx).drain();
    expect(await hitIds({ q: "到期隐藏测试岗" })).toEqual([v.id]);
    // As if the clock had moved past closesAt: the row changes without an outbox message.
    await ctx.deps.db.updateTable("vacancies").set({ closes_at: new Date(Date.now() - 1000) }).where("id", "=", v.id).execute();
    expect(await hitIds({ q: "到期隐藏测试岗" })).toEqual([]);
  });

  it("hides a vacancy as soon as it is closed, then removes its document", async () => {
    const v = await buildVacancy(ctx, a, { title: "临时关闭测试岗" });
    await syncWorker(ctx).drain();
    expect(await hitIds({ q: "临时关闭测试岗" })).toEqual([v.id]);
    await ctx.request().post(`/v1/vacancies/${v.id}/close`).set(bearer(a.apiKey)).expect(200);
    expect(await hitIds({ q: "临时关闭测试岗" })).toEqual([]);
    await syncWorker(ctx).drain();
    const raw = await ctx.deps.meili.index(`${ctx.deps.config.indexPrefix}vacancies`).search("临时关闭测试岗");
    expect(raw.hits).toEqual([]);
  });
});

describe("closed while a catch-up is running", () => {
  it("still hides it when more vacancies await sync than the search lists, by checking every hit", async () => {
    const v = await buildVacancy(ctx, a, { title: "追赶期间关闭岗" });
    await syncWorker(ctx).drain();
    // Leased to a worker far from done: a backlog of messages the search cannot list one by one.
    const lease = { locked_until: new Date(Date.now() + 3_600_000), lease: randomUUID() };
    await ctx.deps.db.insertInto("outbox")
      .values(Array.from({ length: 250 }, (_, i) => ({ topic: VACANCY_SYNC, aggregate_id: `backlog-${i}`, payload: "{}", next_attempt_at: new Date(), last_error: null, dead_at: null, ...lease })))
      .execute();
    try {
      await ctx.request().post(`/v1/vacancies/${v.id}/close`).set(bearer(a.apiKey)).expect(200);
      await ctx.deps.db.updateTable("outbox").set(lease).where("aggregate_id", "=", v.id).execute();
      const raw = await ctx.deps.meili.index(`${ctx.deps.config.indexPrefix}vacancies`).search("追赶期间关闭岗");
      expect(raw.hits.map((h) => h.id)).toEqual([v.id]);
      expect(await hitIds({ q: "追赶期间关闭岗" })).toEqual([]);
    } finally {
      await ctx.deps.db.deleteFrom("outbox").where("lease", "=", lease.lease).where("aggregate_id", "like", "backlog-%").execute();
      await ctx.deps.db.updateTable("outbox").set({ locked_until: null, lease: null }).where("lease", "=", lease.lease).execute();
      await syncWorker(ctx).drain();
    }
  });
});

describe("query validation and filter injection", () => {
  it.each([
    (other: string) => ({ organization: `x" OR organizationSlug = "${other}` }),
    (other: string) => ({ organization: `${other}\\" OR organizationSlug = "${other}` }),
    () => ({ organization: "x' OR 1=1 --" }),
    () => ({ department: 'x" OR department EXISTS OR department = "y' }),
    () => ({ location: '台北" OR location != "台北' }),
    () => ({ location: "\\" }),
  ])("an injected filter value matches nothing (case %#)", async (build) => {
    const res = await searchJobs(ctx, build(b.slug));
    expect(res.items).toEqual([]);
    expect(res.total).toBe(0);
  });

  it("keeps a careers page to its organization whatever the filters say", async () => {
    const res = await ctx.request().get(`/v1/boards/${a.slug}/vacancies`).query({ department: `x" OR organizationId != "none`, q: "電信" });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    const sneaky = await ctx.request().get(`/v1/boards/${a.slug}/vacancies`).query({ organization: b.slug });
    expect(sneaky.status).toBe(400);
  });

  it("treats a query full of filter syntax as plain words", async () => {
    const res = await ctx.request().get("/v1/jobs").query({ q: `" OR organizationSlug = "${b.slug}` });
    expect(res.status).toBe(200);
  });

  it.each([{ color: "red" }, { educationLevel: "phd" }, { employmentType: "gig" }, { pageSize: "101" }, { page: "0" }, { sort: "salary" }, { location: "a\u0000b" }])(
    "refuses %j with 400",
    async (query) => {
      const res = await ctx.request().get("/v1/jobs").query(query);
      expect(res.status).toBe(400);
      expect(res.headers["content-type"]).toMatch(/problem\+json/);
    },
  );

  it("answers 404 for an unknown careers page", async () => {
    expect((await ctx.request().get("/v1/boards/no-such-org/vacancies")).status).toBe(404);
  });
});
