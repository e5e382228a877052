import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildPosition, buildVacancy } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
let other: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
  other = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const api = () => ctx.request();

describe("an empty board", () => {
  it("answers searches before anything was ever indexed", async () => {
    const res = await api().get("/v1/jobs").query({ q: "销售" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: [], total: 0, page: 1, pageSize: 20, facets: { department: {}, organization: {} } });
    expect((await api().get(`/v1/boards/${org.slug}/vacancies`)).body.facets.organization).toBeUndefined();
  });
});

describe("vacancy lifecycle", () => {
  it("creates a draft, publishes it and closes it, bumping the version each time", async () => {
    const position = await buildPosition(ctx, org, { title: "銷售總監" });
    const created = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({
      positionId: position.id, location: "台北", employmentType: "full_time", headcount: 2,
      salary: { min: 50000, max: 80000, currency: "TWD", period: "month" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "draft", title: "銷售總監", version: 1, publishedAt: null, warnings: [] });
    expect(created.body.slug).toBe(`${org.slug}-銷售總監`);

    const published = await api().post(`/v1/vacancies/${created.body.id}/publish`).set(bearer(org.apiKey)).send({});
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: "published", version: 2, publishedAt: expect.any(String) });

    const again = await api().post(`/v1/vacancies/${created.body.id}/publish`).set(bearer(org.apiKey));
    expect(again.body.version).toBe(2);

    const closed = await api().post(`/v1/vacancies/${created.body.id}/close`).set(bearer(org.apiKey)).send({ version: 2 });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "closed", version: 3, closedAt: expect.any(String) });
  });

  it("gives a second vacancy of the same title its own slug within the organization", async () => {
    const a = await buildVacancy(ctx, org, { title: "Sales Rep (北京)" });
    const b = await buildVacancy(ctx, org, { title: "Sales Rep (北京)" });
    expect(a.slug).toBe(`${org.slug}-sales-rep-北京`);
    expect(b.slug).toBe(`${org.slug}-sales-rep-北京-2`);
  });

  it("gives concurrent creations of one title distinct slugs", async () => {
    const position = await buildPosition(ctx, org, { title: "并发岗位" });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.slug)).size).toBe(6);
  });

  it("lists the organization's own vacancies in every status, and only those", async () => {
    const mine = await buildVacancy(ctx, org, { title: "列表测试" }, { status: "draft" });
    await buildVacancy(ctx, other, { title: "别家的" });
    const res = await api().get("/v1/vacancies").query({ pageSize: 100 }).set(bearer(org.apiKey));
    expect(res.status).toBe(200);
    const ids = (res.body.items as { id: string }[]).map((v) => v.id);
    expect(ids).toContain(mine.id);
    expect(res.body.items.every((v: { title: string }) => v.title !== "别家的")).toBe(true);
    const statuses = new Set((res.body.items as { status: string }[]).map((v) => v.status));
    expect(statuses).toEqual(new Set(["draft", "published", "closed"]));
    const drafts = await api().get("/v1/vacancies").query({ status: "draft" }).set(bearer(org.apiKey));
    expect(drafts.body.items.every((v: { status: string }) => v.status === "draft")).toBe(true);
  });
});

describe("optimistic versions", () => {
  it("refuses a PATCH with a stale version (409) and applies a current one", async () => {
    const v = await buildVacancy(ctx, org, {}, { status: "draft" });
    const ok = await api().patch(`/v1/vacancies/${v.id}`).set(bearer(org.apiKey)).send({ location: "深圳", version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ location: "深圳", version: 2 });
    const stale = await api().patch(`/v1/vacancies/${v.id}`).set(bearer(org.apiKey)).send({ location: "广州", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect((await api().get(`/v1/vacancies/${v.id}`).set(bearer(org.apiKey))).body.location).toBe("深圳");
  });

  it("lets exactly one of several concurrent PATCHes with the same version win", async () => {
    const v = await buildVacancy(ctx, org, {}, { status: "draft" });
    const results = await Promise.all(
      ["北京", "上海", "广州", "深圳", "杭州"].map((location) => api().patch(`/v1/vacancies/${v.id}`).set(bearer(org.apiKey)).send({ location, version: 1 })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await api().get(`/v1/vacancies/${v.id}`).set(bearer(org.apiKey))).body).toMatchObject({ location: winner.body.location, version: 2 });
  });
});

describe("compliance gate", () => {
  it("refuses to publish a position with a gender or health requirement (422) and lists the flags", async () => {
    const position = await buildPosition(ctx, org, { responsibilities: ["限男性", "无乙肝", "35岁以下"] });
    const res = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id, status: "published" });
    expect(res.status).toBe(422);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
    expect(res.body.flags).toEqual([{ category: "gender", text: "限男性" }, { category: "health", text: "乙肝" }]);
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual(["gender: 限男性", "health: 乙肝"]);

    const draft = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id });
    expect(draft.status).toBe(201);
    const publish = await api().post(`/v1/vacancies/${draft.body.id}/publish`).set(bearer(org.apiKey));
    expect(publish.status).toBe(422);
    expect((await api().get(`/v1/vacancies/${draft.body.id}`).set(bearer(org.apiKey))).body.status).toBe("draft");
  });

  it.each([
    ["marital_childbearing", "已婚已育"],
    ["household_registration", "本地户口"],
    ["ethnicity", "限汉族"],
    ["religion", "无宗教信仰"],
  ])("blocks %s", async (category, duty) => {
    const position = await buildPosition(ctx, org, { responsibilities: [duty] });
    expect((position as unknown as { compliance: { category: string }[] }).compliance.map((f) => f.category)).toEqual([category]);
    const res = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id, status: "published" });
    expect(res.status).toBe(422);
  });

  it("publishes with age, appearance and height flags, returning them as warnings", async () => {
    const flags = [{ category: "age", text: "35岁以下" }, { category: "appearance", text: "形象好" }, { category: "height", text: "身高165以上" }];
    const position = await buildPosition(ctx, org, { responsibilities: flags.map((f) => f.text) });
    const res = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id, status: "published" });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("published");
    expect(res.body.warnings).toEqual(flags);
  });
});

describe("closing time", () => {
  it("treats a published vacancy whose closesAt passed as closed, and the periodic job persists it", async () => {
    const v = await buildVacancy(ctx, org, {}, { closesAt: new Date(Date.now() + 60_000).toISOString() });
    await ctx.deps.db.updateTable("vacancies").set({ closes_at: new Date(Date.now() - 1000) }).where("id", "=", v.id).execute();
    expect((await api().get(`/v1/vacancies/${v.id}`).set(bearer(org.apiKey))).body.status).toBe("closed");
    expect((await api().get(`/v1/jobs/${v.id}`)).status).toBe(404);
    const { closeExpiredVacancies } = await import("../../server/vacancies/vacancy.service.js");
    expect(await closeExpiredVacancies(ctx.deps)).toBeGreaterThanOrEqual(1);
    const row = await ctx.deps.db.selectFrom("vacancies").select(["status", "closed_at"]).where("id", "=", v.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("closed");
    expect(row.closed_at).not.toBeNull();
  });

  it("refuses to publish with a closesAt in the past (422)", async () => {
    const position = await buildPosition(ctx, org);
    const res = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id, status: "published", closesAt: "2020-01-01T00:00:00Z" });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("closesAt");
  });
});

describe("tenancy and validation", () => {
  it("answers 404 for another organization's vacancy on every recruiter route", async () => {
    const theirs = await buildVacancy(ctx, other);
    const k = bearer(org.apiKey);
    expect((await api().get(`/v1/vacancies/${theirs.id}`).set(k)).status).toBe(404);
    expect((await api().patch(`/v1/vacancies/${theirs.id}`).set(k).send({ location: "x" })).status).toBe(404);
    expect((await api().post(`/v1/vacancies/${theirs.id}/publish`).set(k)).status).toBe(404);
    expect((await api().post(`/v1/vacancies/${theirs.id}/close`).set(k)).status).toBe(404);
    expect((await api().get(`/v1/vacancies/${theirs.id}`).set(bearer(other.apiKey))).body.status).toBe("published");
  });

  it("refuses a vacancy for another organization's position (422, same as unknown)", async () => {
    const theirs = await buildPosition(ctx, other);
    const res = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: theirs.id });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("positionId");
  });

  it("names unknown and invalid fields (400)", async () => {
    const position = await buildPosition(ctx, org);
    const res = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({
      positionId: position.id, status: "archived", employmentType: "gig", salary: { min: 9, max: 1, currency: "CNY", period: "month" }, bonus: 1,
    });
    expect(res.status).toBe(400);
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(["bonus", "employmentType", "salary.max", "status"]);
    const patch = await api().patch(`/v1/vacancies/${position.id}`).set(bearer(org.apiKey)).send({ status: "published" });
    expect(patch.status).toBe(400);
  });

  it("requires a recruiter key (401 without, 403 with an admin token)", async () => {
    expect((await api().get("/v1/vacancies")).status).toBe(401);
    expect((await api().get("/v1/vacancies").set(bearer(ctx.adminToken))).status).toBe(403);
  });
});
