import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { candidateProfile, candidateWorker, seedVacancy } from "../helpers/candidate-factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const patch = (id: string, body: object) => ctx.request().patch(`/v1/vacancies/${id}`).set(bearer(org.apiKey)).send(body);
const get = (id: string) => ctx.request().get(`/v1/vacancies/${id}`).set(bearer(org.apiKey));
const applicationOf = (id: string) => ctx.deps.db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("PATCH /v1/vacancies/:id weights", () => {
  it("stores the weights, shows them on the vacancy and resets them with null", async () => {
    const vacancy = await seedVacancy(ctx, org);
    expect((await get(vacancy.id)).body.weights).toBeNull();
    const res = await patch(vacancy.id, { weights: { skills: 2, certifications: 1 } });
    expect(res.status).toBe(200);
    expect(res.body.weights).toEqual({ skills: 2, certifications: 1 });
    expect((await get(vacancy.id)).body.weights).toEqual({ skills: 2, certifications: 1 });
    expect((await patch(vacancy.id, { weights: null })).body.weights).toBeNull();
  });

  it("refuses an unknown criterion with 422 naming it, and writes nothing", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const before = (await get(vacancy.id)).body;
    const res = await patch(vacancy.id, { weights: { skills: 1, salary: 3 }, location: "北京" });
    expect(res.status).toBe(422);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([{ path: "weights.salary", message: expect.stringContaining("unknown criterion") }]);
    expect((await get(vacancy.id)).body).toEqual(before);
  });

  it("refuses weights that count nothing with 422, and negative ones with 400", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const zero = await patch(vacancy.id, { weights: { education: 0, experience: 0, skills: 0 } });
    expect(zero.status).toBe(422);
    expect(zero.body.errors[0].path).toBe("weights");
    const negative = await patch(vacancy.id, { weights: { education: -1 } });
    expect(negative.status).toBe(400);
    expect(negative.body.errors[0].path).toBe("weights.education");
  });

  it("rescores the vacancy's applications in the background when the weights change", async () => {
    const vacancy = await seedVacancy(ctx, org);
    // Knows Java but has no degree: skills alone would rank them perfect.
    const profile = candidateProfile({ skills: ["Java", "Kubernetes"], education: [] });
    const { body } = await ctx.request().post(`/v1/jobs/${vacancy.id}/applications`).send({ candidate: profile, consent: true }).expect(201);
    const before = await applicationOf(body.applicationId);
    expect(before.score).toBeLessThan(100);

    expect((await patch(vacancy.id, { weights: { education: 0, experience: 0, skills: 1 } })).status).toBe(200);
    expect((await applicationOf(body.applicationId)).score).toBe(before.score);
    await candidateWorker(ctx).drain();
    const after = await applicationOf(body.applicationId);
    expect(after.score).toBe(100);
    const listed = await ctx.request().get(`/v1/vacancies/${vacancy.id}/applications`).set(bearer(org.apiKey));
    expect(listed.body.items[0]).toMatchObject({ id: body.applicationId, score: 100 });
  });

  it("does not enqueue a rescore when the weights scale to the same shares", async () => {
    const vacancy = await seedVacancy(ctx, org, { weights: { education: 1, experience: 1, skills: 2 } });
    const pending = () => ctx.deps.db.selectFrom("outbox").select("id").where("topic", "=", "vacancy.weights_changed").where("aggregate_id", "=", vacancy.id).execute();
    const queued = (await pending()).length;
    expect((await patch(vacancy.id, { weights: { education: 2, experience: 2, skills: 4 } })).status).toBe(200);
    expect((await pending()).length).toBe(queued);
    expect((await patch(vacancy.id, { weights: { education: 2, experience: 2, skills: 1 } })).status).toBe(200);
    expect((await pending()).length).toBe(queued + 1);
  });
});
