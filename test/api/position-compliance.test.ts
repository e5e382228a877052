import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildPosition, buildVacancy, positionBody } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const api = () => ctx.request();
const forbiddenDuty = "限男性，已婚已育，本地户口";
const categoriesOf = (flags: { category: string }[]) => flags.map((f) => f.category).sort();

async function positionOfVacancy(vacancyId: string) {
  const vacancy = await api().get(`/v1/vacancies/${vacancyId}`).set(bearer(org.apiKey));
  return (await api().get(`/v1/positions/${vacancy.body.positionId}`).set(bearer(org.apiKey))).body;
}

describe("the compliance gate derives flags from the text, never from the client", () => {
  it("ignores compliance: [] sent with a forbidden duty, and refuses to publish it", async () => {
    const created = await api().post("/v1/positions").set(bearer(org.apiKey)).send(positionBody({ compliance: [], responsibilities: [forbiddenDuty] }));
    expect(created.status).toBe(201);
    expect(categoriesOf(created.body.compliance)).toEqual(["gender", "household_registration", "marital_childbearing"]);

    const published = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: created.body.id, status: "published" });
    expect(published.status).toBe(422);
    const draft = await api().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId: created.body.id });
    expect((await api().post(`/v1/vacancies/${draft.body.id}/publish`).set(bearer(org.apiKey))).status).toBe(422);
  });

  it("ignores invented flags too: a clean position with a client-sent flag carries none", async () => {
    const created = await api().post("/v1/positions").set(bearer(org.apiKey)).send(positionBody({ compliance: [{ category: "gender", text: "限男性" }] }));
    expect(created.body.compliance).toEqual([]);
  });

  it("derives flags from title, summary, requirements and source text as well as duties", async () => {
    const created = await buildPosition(ctx, org, {
      title: "司机（限男性）",
      summary: "需本地户口",
      requirements: { ...positionBody().requirements, certifications: [{ name: "无乙肝证明", required: true }] },
      sourceText: "司机\n要求：已婚已育",
    });
    expect(categoriesOf((created as unknown as { compliance: { category: string }[] }).compliance)).toEqual([
      "gender", "health", "household_registration", "marital_childbearing",
    ]);
  });

  it("rederives flags on PATCH: adding a forbidden duty to a draft-only position flags it", async () => {
    const position = await buildPosition(ctx, org);
    const patched = await api().patch(`/v1/positions/${position.id}`).set(bearer(org.apiKey)).send({ responsibilities: [forbiddenDuty] });
    expect(patched.status).toBe(200);
    expect(categoriesOf(patched.body.compliance)).toEqual(["gender", "household_registration", "marital_childbearing"]);
  });

  it("refuses (422) a PATCH that adds a forbidden duty to a position with a published vacancy, and changes nothing", async () => {
    const vacancy = await buildVacancy(ctx, org);
    const before = await positionOfVacancy(vacancy.id);
    const res = await api().patch(`/v1/positions/${before.id}`).set(bearer(org.apiKey)).send({ title: "行政专员", responsibilities: [forbiddenDuty] });
    expect(res.status).toBe(422);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([
      { path: "responsibilities.0", message: "gender: 限男性" },
      { path: "responsibilities.0", message: "marital_childbearing: 已婚已育" },
      { path: "responsibilities.0", message: "household_registration: 本地户口" },
    ]);
    expect(await positionOfVacancy(vacancy.id)).toEqual(before);
    const outbox = await ctx.deps.db.selectFrom("outbox").select("id").where("aggregate_id", "=", before.id).execute();
    expect(outbox).toEqual([]);
  });

  it("keeps the flags when a PATCH tries to clear them", async () => {
    const position = await buildPosition(ctx, org, { responsibilities: ["年龄35岁以下"] });
    const patched = await api().patch(`/v1/positions/${position.id}`).set(bearer(org.apiKey)).send({ compliance: [] });
    expect(patched.status).toBe(200);
    expect(categoriesOf(patched.body.compliance)).toEqual(["age"]);
    expect(categoriesOf((await api().get(`/v1/positions/${position.id}`).set(bearer(org.apiKey))).body.compliance)).toEqual(["age"]);
  });

  it("documents compliance as read-only in OpenAPI", async () => {
    const doc = (await api().get("/openapi.json")).body;
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, { readOnly?: boolean }> }>;
    const withCompliance = Object.entries(schemas).filter(([, s]) => s.properties?.compliance);
    expect(withCompliance.length).toBeGreaterThan(0);
    for (const [name, s] of withCompliance) expect([name, s.properties!.compliance!.readOnly]).toEqual([name, true]);
  });
});
