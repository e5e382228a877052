import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization } from "../helpers/factories.js";
import { buildCandidate, candidateProfile, seedVacancy } from "../helpers/candidate-factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

const now = new Date("2026-11-26T08:00:00Z");
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({}, { now: () => now });
});
afterAll(() => ctx.close());

const errorPaths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path).sort();

describe("creating a candidate", () => {
  it("returns the profile with an id and a token that reads it back", async () => {
    const profile = candidateProfile();
    const res = await ctx.request().post("/v1/candidates").send(profile);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...profile, discoverable: false, id: expect.any(String) });
    expect(res.body.token).toMatch(/^ck_/);
    expect(res.headers.location).toBe(`/v1/candidates/${res.body.id}`);
    const got = await ctx.request().get(`/v1/candidates/${res.body.id}`).set(bearer(res.body.token));
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject(profile);
    expect(got.body.token).toBeUndefined();
  });

  it("stores only a hash of the token's secret", async () => {
    const c = await buildCandidate(ctx);
    const row = await ctx.deps.db.selectFrom("candidates").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
    const secret = c.token.split(".")[1]!;
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("records consent to the privacy notice with its version and time", async () => {
    const c = await buildCandidate(ctx, { discoverable: true });
    const consents = await ctx.deps.db.selectFrom("consents").selectAll().where("candidate_id", "=", c.id).orderBy("purpose").execute();
    expect(consents.map((x) => x.purpose)).toEqual(["profile", "talent_pool"]);
    for (const consent of consents) {
      expect(consent.notice_version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(consent.granted_at.toISOString()).toBe(now.toISOString());
    }
  });
});

describe("validation", () => {
  it.each([
    ["email", { email: "not-an-email" }, ["email"]],
    ["an education level outside the enum", { education: [{ level: "phd" }] }, ["education.0.level"]],
    ["a date that is not YYYY-MM", { experience: [{ title: "会计", startDate: "2020/01" }] }, ["experience.0.startDate"]],
    ["month 13", { experience: [{ title: "会计", startDate: "2020-13" }] }, ["experience.0.startDate"]],
    ["an end before its start", { experience: [{ title: "会计", startDate: "2020-05", endDate: "2020-04" }] }, ["experience.0.endDate"]],
    ["a start in the future", { experience: [{ title: "会计", startDate: "2026-12", endDate: null }] }, ["experience.0.startDate"]],
  ])("refuses %s with a 400 naming the field", async (_what, overrides, paths) => {
    const res = await ctx.request().post("/v1/candidates").send({ ...candidateProfile(), ...overrides });
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
    expect(errorPaths(res.body)).toEqual(paths);
  });

  it("accepts a job that started this month and one that ended the month it started", async () => {
    const res = await ctx.request().post("/v1/candidates").send(
      candidateProfile({ experience: [{ title: "会计", startDate: "2026-11", endDate: null }, { title: "出纳", startDate: "2019-03", endDate: "2019-03" }] }),
    );
    expect(res.status).toBe(201);
  });

  it.each([
    ["ethnicity", "汉族"],
    ["maritalStatus", "已婚"],
    ["childbearingStatus", "已育"],
    ["hukou", "上海"],
    ["householdRegistration", "农业户口"],
    ["religion", "无"],
    ["nationalId", "110101199003077777"],
    ["photo", "https://example.com/me.jpg"],
  ])("refuses the forbidden field %s, names it and stores nothing", async (field, value) => {
    const before = await ctx.deps.db.selectFrom("candidates").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const res = await ctx.request().post("/v1/candidates").send({ ...candidateProfile(), [field]: value });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: field, message: expect.stringContaining("must not be collected") }]);
    const after = await ctx.deps.db.selectFrom("candidates").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("refuses a forbidden field on update too", async () => {
    const c = await buildCandidate(ctx);
    const res = await ctx.request().put(`/v1/candidates/${c.id}`).set(bearer(c.token)).send({ ...c.profile, religion: "佛教" });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(["religion"]);
  });
});

describe("access", () => {
  it("answers 404 when a candidate token is used for another candidate's id", async () => {
    const a = await buildCandidate(ctx);
    const b = await buildCandidate(ctx);
    for (const [method, path] of [
      ["get", `/v1/candidates/${b.id}`],
      ["put", `/v1/candidates/${b.id}`],
      ["delete", `/v1/candidates/${b.id}`],
      ["get", `/v1/candidates/${b.id}/export`],
      ["get", `/v1/candidates/${b.id}/recommendations`],
    ] as const) {
      const res = await ctx.request()[method](path).set(bearer(a.token)).send(method === "put" ? b.profile : undefined);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await ctx.request().get(`/v1/candidates/${b.id}`).set(bearer(b.token))).status).toBe(200);
  });

  it("needs a candidate token: none is 401, a recruiter key is 403", async () => {
    const c = await buildCandidate(ctx);
    const org = await buildOrganization(ctx);
    expect((await ctx.request().get(`/v1/candidates/${c.id}`)).status).toBe(401);
    expect((await ctx.request().get(`/v1/candidates/${c.id}`).set(bearer(org.apiKey))).status).toBe(403);
  });
});

describe("updating and exporting", () => {
  it("replaces the profile and records joining and leaving the talent pool", async () => {
    const c = await buildCandidate(ctx);
    const joined = await ctx.request().put(`/v1/candidates/${c.id}`).set(bearer(c.token)).send({ ...c.profile, skills: ["Go"], discoverable: true });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ skills: ["Go"], discoverable: true });
    const left = await ctx.request().put(`/v1/candidates/${c.id}`).set(bearer(c.token)).send({ ...c.profile, discoverable: false });
    expect(left.body.discoverable).toBe(false);
    const exported = await ctx.request().get(`/v1/candidates/${c.id}/export`).set(bearer(c.token));
    const pool = exported.body.consents.filter((x: { purpose: string }) => x.purpose === "talent_pool");
    expect(pool).toEqual([expect.objectContaining({ grantedAt: now.toISOString(), withdrawnAt: now.toISOString() })]);
  });

  it("exports the profile, applications with history and consents as JSON", async () => {
    const org = await buildOrganization(ctx);
    const vacancy = await seedVacancy(ctx, org);
    const c = await buildCandidate(ctx);
    const applied = await ctx.request().post(`/v1/jobs/${vacancy.id}/applications`).send({ candidateToken: c.token, consent: true });
    expect(applied.status).toBe(201);
    const res = await ctx.request().get(`/v1/candidates/${c.id}/export`).set(bearer(c.token));
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject(c.profile);
    expect(res.body.applications).toEqual([
      expect.objectContaining({ id: applied.body.applicationId, vacancyId: vacancy.id, stage: "applied", history: [{ from: null, to: "applied", at: now.toISOString() }] }),
    ]);
    expect(res.body.applications[0].match.criteria.skills.reasons.length).toBeGreaterThan(0);
    expect(res.body.consents.map((x: { purpose: string }) => x.purpose).sort()).toEqual(["application", "profile"]);
    expect(JSON.stringify(res.body)).not.toContain("token_hash");
  });
});
