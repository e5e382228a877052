import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { buildCandidate, candidateProfile, candidateWorker, javaRole, seedVacancy } from "../helpers/candidate-factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let clock = new Date("2026-11-26T08:00:00Z");
let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext({}, { now: () => clock });
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const apply = (vacancyId: string, body: object, key?: string) => {
  const req = ctx.request().post(`/v1/jobs/${vacancyId}/applications`);
  if (key !== undefined) req.set("Idempotency-Key", key);
  return req.send(body);
};
const count = async (table: "candidates" | "applications") =>
  (await ctx.deps.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;

describe("public apply", () => {
  it("creates the candidate and the application, returning the new token once and storing the MatchResult", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const res = await apply(vacancy.id, { candidate: candidateProfile(), consent: true });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ applicationId: expect.any(String), candidateId: expect.any(String), candidateToken: expect.stringMatching(/^ck_/) });
    const row = await ctx.deps.db.selectFrom("applications").selectAll().where("id", "=", res.body.applicationId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ stage: "applied", qualified: true, scored_at: clock });
    expect(row.match.criteria.skills.matched).toEqual(["Java"]);
    expect(row.score).toBe(row.match.score);
    const consent = await ctx.deps.db.selectFrom("consents").selectAll().where("purpose", "=", "application").where("candidate_id", "=", res.body.candidateId).execute();
    expect(consent).toEqual([expect.objectContaining({ vacancy_id: vacancy.id, granted_at: clock })]);
  });

  it.each([
    ["no consent", { candidate: candidateProfile() }, "consent"],
    ["consent false", { candidate: candidateProfile(), consent: false }, "consent"],
    ["neither candidate nor token", { consent: true }, "candidate"],
    ["both candidate and token", { candidate: candidateProfile(), candidateToken: "ck_x", consent: true }, "candidate"],
  ])("refuses %s with 400", async (_what, body, path) => {
    const vacancy = await seedVacancy(ctx, org);
    const res = await apply(vacancy.id, body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it("answers 404 for draft, closed and unknown vacancies", async () => {
    for (const status of ["draft", "closed"] as const) {
      const vacancy = await seedVacancy(ctx, org, { status });
      expect((await apply(vacancy.id, { candidate: candidateProfile(), consent: true })).status).toBe(404);
    }
    expect((await apply("00000000-0000-4000-8000-000000000000", { candidate: candidateProfile(), consent: true })).status).toBe(404);
  });

  it("refuses an unknown candidate token with 422", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const res = await apply(vacancy.id, { candidateToken: `ck_AAAAAAAAAAAA.${"A".repeat(43)}`, consent: true });
    expect(res.status).toBe(422);
  });

  it("returns the existing application when the same candidate applies again, by token or by email", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const c = await buildCandidate(ctx);
    const first = await apply(vacancy.id, { candidateToken: c.token, consent: true });
    const again = await apply(vacancy.id, { candidateToken: c.token, consent: true });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ applicationId: first.body.applicationId, candidateId: c.id });

    const profile = candidateProfile();
    const byProfile = await apply(vacancy.id, { candidate: profile, consent: true });
    const candidates = await count("candidates");
    const sameEmail = await apply(vacancy.id, { candidate: { ...profile, email: profile.email.toUpperCase(), skills: ["Go"] }, consent: true });
    expect(sameEmail.status).toBe(200);
    expect(sameEmail.body).toEqual({ applicationId: byProfile.body.applicationId, candidateId: byProfile.body.candidateId });
    expect(await count("candidates")).toBe(candidates);
  });

  it("creates one application when the same candidate applies twice at once", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const c = await buildCandidate(ctx);
    const results = await Promise.all([1, 2, 3].map(() => apply(vacancy.id, { candidateToken: c.token, consent: true })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => r.body.applicationId)).size).toBe(1);
    const profile = candidateProfile();
    const byEmail = await Promise.all([1, 2].map(() => apply(vacancy.id, { candidate: profile, consent: true })));
    expect(byEmail.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(byEmail[0]!.body.applicationId).toBe(byEmail[1]!.body.applicationId);
  });
});

describe("Idempotency-Key", () => {
  it("replays the stored response for the same key and body, creating nothing new", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const body = { candidate: candidateProfile(), consent: true };
    const first = await apply(vacancy.id, body, '"key-1-abcdef"');
    expect(first.status).toBe(201);
    const [candidates, applications] = [await count("candidates"), await count("applications")];
    const reordered = { consent: true, candidate: { ...body.candidate } };
    const replay = await apply(vacancy.id, reordered, '"key-1-abcdef"');
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect([await count("candidates"), await count("applications")]).toEqual([candidates, applications]);
  });

  it("answers 422 when a key is reused with a different body", async () => {
    const vacancy = await seedVacancy(ctx, org);
    expect((await apply(vacancy.id, { candidate: candidateProfile(), consent: true }, "key-2")).status).toBe(201);
    const res = await apply(vacancy.id, { candidate: candidateProfile(), consent: true }, "key-2");
    expect(res.status).toBe(422);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("does not keep the candidate token readable at rest", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const res = await apply(vacancy.id, { candidate: candidateProfile(), consent: true }, "key-3");
    const rows = await ctx.deps.db.selectFrom("idempotency_keys").selectAll().where("key", "=", "key-3").execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(res.body.candidateToken.split(".")[1]);
  });

  it("lets concurrent requests with one key run once: both get the same answer", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const body = { candidate: candidateProfile(), consent: true };
    const before = await count("applications");
    const [a, b] = await Promise.all([apply(vacancy.id, body, "race-1"), apply(vacancy.id, body, "race-1")]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body).toEqual(b.body);
    expect(await count("applications")).toBe(before + 1);
  });

  it("forgets a key after 24 hours", async () => {
    const vacancy = await seedVacancy(ctx, org);
    expect((await apply(vacancy.id, { candidate: candidateProfile(), consent: true }, "old-key")).status).toBe(201);
    clock = new Date(clock.getTime() + 24 * 3_600_000 + 1000);
    expect((await apply(vacancy.id, { candidate: candidateProfile(), consent: true }, "old-key")).status).toBe(201);
  });

  it("refuses a malformed key with 400", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const res = await apply(vacancy.id, { candidate: candidateProfile(), consent: true }, "x".repeat(300));
    expect(res.status).toBe(400);
  });
});

describe("stages", () => {
  it("moves forward, records each move, and refuses going back or leaving a final stage", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const { body } = await apply(vacancy.id, { candidate: candidateProfile(), consent: true });
    const move = (stage: string, key = org.apiKey) => ctx.request().patch(`/v1/applications/${body.applicationId}`).set(bearer(key)).send({ stage });
    expect((await move("screening")).status).toBe(200);
    clock = new Date(clock.getTime() + 60_000);
    const interview = await move("interview");
    expect(interview.body.stage).toBe("interview");
    expect(interview.body.events.map((e: { from: string | null; to: string }) => [e.from, e.to])).toEqual([
      [null, "applied"], ["applied", "screening"], ["screening", "interview"],
    ]);
    expect((await move("screening")).status).toBe(409);
    expect((await move("bogus")).status).toBe(400);
    expect((await move("rejected")).status).toBe(200);
    expect((await move("offer")).status).toBe(409);
    const got = await ctx.request().get(`/v1/applications/${body.applicationId}`).set(bearer(org.apiKey));
    expect(got.body.events).toHaveLength(4);
    expect(got.body.events[3]).toMatchObject({ from: "interview", to: "rejected", actor: `organization:${org.id}` });
    expect(got.body.candidate).toMatchObject({ name: "张三", email: expect.stringContaining("@example.com") });
  });

  it("hides applications and vacancies of another organization (404)", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const { body } = await apply(vacancy.id, { candidate: candidateProfile(), consent: true });
    const other = await buildOrganization(ctx);
    expect((await ctx.request().patch(`/v1/applications/${body.applicationId}`).set(bearer(other.apiKey)).send({ stage: "screening" })).status).toBe(404);
    expect((await ctx.request().get(`/v1/applications/${body.applicationId}`).set(bearer(other.apiKey))).status).toBe(404);
    expect((await ctx.request().get(`/v1/vacancies/${vacancy.id}/applications`).set(bearer(other.apiKey))).status).toBe(404);
    expect((await ctx.request().get(`/v1/vacancies/${vacancy.id}/matches`).set(bearer(other.apiKey))).status).toBe(404);
    const c = await buildCandidate(ctx);
    expect((await ctx.request().get(`/v1/vacancies/${vacancy.id}/applications`).set(bearer(c.token))).status).toBe(403);
  });
});

describe("rescoring", () => {
  it("rescores a position's applications in the background when its requirements change", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const { body } = await apply(vacancy.id, { candidate: candidateProfile({ skills: ["Java"] }), consent: true });
    const before = await ctx.deps.db.selectFrom("applications").selectAll().where("id", "=", body.applicationId).executeTakeFirstOrThrow();
    expect(before.qualified).toBe(true);
    clock = new Date(clock.getTime() + 3_600_000);
    await ctx.request().patch(`/v1/positions/${vacancy.positionId}`).set(bearer(org.apiKey))
      .send({ requirements: { ...javaRole(), skills: [{ name: "Rust", required: true }] } }).expect(200);
    await candidateWorker(ctx).drain();
    const after = await ctx.deps.db.selectFrom("applications").selectAll().where("id", "=", body.applicationId).executeTakeFirstOrThrow();
    expect(after.qualified).toBe(false);
    expect(after.score).toBeLessThan(before.score);
    expect(after.match.criteria.skills.missing).toEqual(["Rust"]);
    expect(after.scored_at).toEqual(clock);
    const listed = await ctx.request().get(`/v1/vacancies/${vacancy.id}/applications`).set(bearer(org.apiKey));
    expect(listed.body.items[0]).toMatchObject({ scoredAt: clock.toISOString(), qualified: false });
  });

  it("rescores when a title PATCH and then a requirements PATCH both wait for the worker", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const { body } = await apply(vacancy.id, { candidate: candidateProfile({ skills: ["Java"] }), consent: true });
    clock = new Date(clock.getTime() + 3_600_000);
    const patch = (change: object) => ctx.request().patch(`/v1/positions/${vacancy.positionId}`).set(bearer(org.apiKey)).send(change).expect(200);
    await patch({ title: "Rust开发工程师" });
    await patch({ requirements: { ...javaRole(), skills: [{ name: "Rust", required: true }] } });
    await candidateWorker(ctx).drain();
    const after = await ctx.deps.db.selectFrom("applications").selectAll().where("id", "=", body.applicationId).executeTakeFirstOrThrow();
    expect(after.match.criteria.skills.missing).toEqual(["Rust"]);
    expect(after).toMatchObject({ qualified: false, scored_at: clock });
  });

  it("rescores a candidate's applications when they update their profile", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const c = await buildCandidate(ctx, { skills: ["Excel"] });
    const { body } = await apply(vacancy.id, { candidateToken: c.token, consent: true });
    clock = new Date(clock.getTime() + 60_000);
    await ctx.request().put(`/v1/candidates/${c.id}`).set(bearer(c.token)).send({ ...c.profile, skills: ["Java"] }).expect(200);
    const row = await ctx.deps.db.selectFrom("applications").selectAll().where("id", "=", body.applicationId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ qualified: true, scored_at: clock });
    expect(row.match.criteria.skills.matched).toEqual(["Java"]);
  });

  it("leaves scores alone when a change does not touch requirements", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const { body } = await apply(vacancy.id, { candidate: candidateProfile(), consent: true });
    const before = await ctx.deps.db.selectFrom("applications").select("scored_at").where("id", "=", body.applicationId).executeTakeFirstOrThrow();
    clock = new Date(clock.getTime() + 3_600_000);
    await ctx.request().patch(`/v1/positions/${vacancy.positionId}`).set(bearer(org.apiKey)).send({ summary: "new summary" }).expect(200);
    await candidateWorker(ctx).drain();
    const after = await ctx.deps.db.selectFrom("applications").select("scored_at").where("id", "=", body.applicationId).executeTakeFirstOrThrow();
    expect(after.scored_at).toEqual(before.scored_at);
  });
});
