import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { buildCandidate, candidateProfile, javaRole, seedVacancy } from "../helpers/candidate-factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

const now = new Date("2026-11-26T08:00:00Z");
let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext({}, { now: () => now });
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const match = (body: object, key = org.apiKey, lang?: string) => {
  const req = ctx.request().post("/v1/match").set(bearer(key));
  if (lang) req.set("Accept-Language", lang);
  return req.send(body);
};

describe("POST /v1/match", () => {
  it("scores against inline requirements and stores nothing", async () => {
    const counts = async () => Promise.all((["candidates", "applications"] as const).map(async (t) => (await ctx.deps.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n));
    const before = await counts();
    const res = await match({ candidate: candidateProfile({ skills: ["java", "K8S"] }), requirements: javaRole() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      qualified: true,
      criteria: { education: { met: true }, experience: { met: true, years: 8.4 }, skills: { met: true, matched: ["Java", "Kubernetes"], missing: [] } },
    });
    expect(res.body.score).toBe(100);
    expect(await counts()).toEqual(before);
  });

  it("scores against a vacancy with that vacancy's weights, in any status", async () => {
    const heavySkills = await seedVacancy(ctx, org, { status: "draft", weights: { education: 0, experience: 0, skills: 1 } });
    const candidate = candidateProfile({ skills: ["Java"] });
    const viaVacancy = await match({ candidate, vacancyId: heavySkills.id });
    const inline = await match({ candidate, requirements: javaRole() });
    expect(viaVacancy.status).toBe(200);
    expect(viaVacancy.body.score).toBe(Math.round(viaVacancy.body.criteria.skills.score * 1000) / 10);
    expect(viaVacancy.body.score).not.toBe(inline.body.score);
  });

  it("needs exactly one of vacancyId and requirements (400)", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const candidate = candidateProfile();
    for (const body of [{ candidate }, { candidate, vacancyId: vacancy.id, requirements: javaRole() }]) {
      const res = await match(body);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(/exactly one/);
    }
  });

  it("answers 404 for another organization's vacancy", async () => {
    const other = await buildOrganization(ctx);
    const theirs = await seedVacancy(ctx, other);
    expect((await match({ candidate: candidateProfile(), vacancyId: theirs.id })).status).toBe(404);
  });

  it("validates the candidate like a profile: forbidden fields and dates", async () => {
    const forbidden = await match({ candidate: { ...candidateProfile(), maritalStatus: "未婚" }, requirements: javaRole() });
    expect(forbidden.status).toBe(400);
    expect(forbidden.body.errors).toEqual([{ path: "candidate.maritalStatus", message: expect.stringContaining("must not be collected") }]);
    const future = await match({ candidate: candidateProfile({ experience: [{ title: "x", startDate: "2030-01" }] }), requirements: javaRole() });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe("candidate.experience.0.startDate");
  });

  it("explains itself in Chinese or English by Accept-Language", async () => {
    const body = { candidate: candidateProfile({ skills: ["Excel"] }), requirements: javaRole() };
    const zh = await match(body, org.apiKey, "zh-CN");
    const en = await match(body, org.apiKey, "en");
    expect(zh.body.criteria.skills.reasons[0]).toMatchObject({ code: "skills.required_missing", message: expect.stringMatching(/缺少必需项/) });
    expect(en.body.criteria.skills.reasons[0]).toMatchObject({ code: "skills.required_missing", message: expect.stringMatching(/^Missing required/) });
    expect(zh.body.qualified).toBe(false);
  });

  it("is for recruiters: a candidate token is 403, none is 401", async () => {
    const c = await buildCandidate(ctx);
    expect((await match({ candidate: candidateProfile(), requirements: javaRole() }, c.token)).status).toBe(403);
    expect((await ctx.request().post("/v1/match").send({ candidate: candidateProfile(), requirements: javaRole() })).status).toBe(401);
  });
});
