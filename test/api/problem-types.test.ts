import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateProfile } from "../helpers/candidate-factories.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildPosition, buildVacancy } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
let listedTypes: string[];
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
  const doc = (await ctx.request().get("/openapi.json")).body;
  const problemType = doc.components.schemas.ProblemType as { anyOf: { const: string }[] };
  listedTypes = problemType.anyOf.map((t) => t.const);
});
afterAll(() => ctx.close());

const api = () => ctx.request();

/** The response is problem+json whose `type` is the given one, and that type is listed in OpenAPI. */
function expectProblem(res: { status: number; headers: Record<string, string>; body: { type: string } }, status: number, type: string) {
  expect([res.status, res.body.type]).toEqual([status, type]);
  expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
  expect(listedTypes).toContain(type);
}

describe("errors clients can tell apart", () => {
  it("gives the three 409s three stable types: a stale version, a slug taken, an illegal stage change", async () => {
    const vacancy = await buildVacancy(ctx, org);
    await api().patch(`/v1/vacancies/${vacancy.id}`).set(bearer(org.apiKey)).send({ location: "北京", version: vacancy.version });
    const stale = await api().patch(`/v1/vacancies/${vacancy.id}`).set(bearer(org.apiKey)).send({ location: "上海", version: vacancy.version });
    expectProblem(stale, 409, "/problems/version-conflict");

    const slugTaken = await api().post("/v1/organizations").set(bearer(ctx.adminToken)).send({ name: "Again", slug: org.slug });
    expectProblem(slugTaken, 409, "/problems/slug-taken");

    const applied = await api().post(`/v1/jobs/${vacancy.id}/applications`).send({ candidate: candidateProfile(), consent: true });
    expect(applied.status).toBe(201);
    const hired = await api().patch(`/v1/applications/${applied.body.applicationId}`).set(bearer(org.apiKey)).send({ stage: "hired" });
    expect(hired.status).toBe(200);
    const back = await api().patch(`/v1/applications/${applied.body.applicationId}`).set(bearer(org.apiKey)).send({ stage: "screening" });
    expectProblem(back, 409, "/problems/illegal-stage-transition");
    expect(back.body).toMatchObject({ from: "hired", to: "screening" });
  });

  it("types the other refusals of one request each", async () => {
    const position = await buildPosition(ctx, org, { responsibilities: ["限男性"] });
    const forbidden = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id, status: "published" });
    expectProblem(forbidden, 422, "/problems/forbidden-requirements");

    await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: position.id });
    expectProblem(await api().delete(`/v1/positions/${position.id}`).set(bearer(org.apiKey)), 409, "/problems/position-has-vacancies");

    const unknown = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: "00000000-0000-4000-8000-000000000000" });
    expectProblem(unknown, 422, "/problems/unknown-reference");

    expectProblem(await api().get("/v1/positions/00000000-0000-4000-8000-000000000000").set(bearer(org.apiKey)), 404, "/problems/not-found");
    expectProblem(await api().get("/v1/positions"), 401, "/problems/unauthorized");
    expectProblem(await api().post("/v1/positions").set(bearer(org.apiKey)).send({ title: "" }), 400, "/problems/invalid-request");

    const vacancy = await buildVacancy(ctx, org);
    const first = await api().post(`/v1/jobs/${vacancy.id}/applications`).set("Idempotency-Key", "k-1").send({ candidate: candidateProfile(), consent: true });
    expect(first.status).toBe(201);
    const reused = await api()
      .post(`/v1/jobs/${vacancy.id}/applications`)
      .set("Idempotency-Key", "k-1")
      .send({ candidate: candidateProfile({ email: "someone.else@example.com" }), consent: true });
    expectProblem(reused, 422, "/problems/idempotency-key-reused");
  });

  it("lists every problem type under a /problems/ URI in OpenAPI, each with its meaning", async () => {
    const doc = (await api().get("/openapi.json")).body;
    expect(doc.components.schemas.Problem.properties.type).toEqual({ $ref: "#/components/schemas/ProblemType" });
    for (const t of doc.components.schemas.ProblemType.anyOf as { const: string; description?: string }[]) {
      expect(t.const).toMatch(/^\/problems\/[a-z-]+$/);
      expect(t.description?.length ?? 0).toBeGreaterThan(10);
    }
  });
});
