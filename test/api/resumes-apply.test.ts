import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { buildCandidate, seedVacancy } from "../helpers/candidate-factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let org: TestOrganization;
let other: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext({}, { now: () => new Date("2026-11-26T08:00:00Z") });
  org = await buildOrganization(ctx);
  other = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const corpus = (name: string) => readFileSync(new URL(`../unit/resumes/corpus/${name}`, import.meta.url));
const applyWithResume = (vacancyId: string, file: Buffer, name: string, candidate?: object) => {
  const req = ctx.request().post(`/v1/jobs/${vacancyId}/applications`).attach("resume", file, name).field("consent", "true");
  return candidate ? req.field("candidate", JSON.stringify(candidate)) : req;
};
const resumeRows = async (candidateId: string) => ctx.deps.db.selectFrom("resume_files").selectAll().where("candidate_id", "=", candidateId).execute();

describe("applying with a resume", () => {
  it("applies with a .docx resume (201), keeps the file and ranks the applicant as read from a resume", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const file = corpus("batch1/06_zh_table.docx");
    const res = await applyWithResume(vacancy.id, file, "张伟-简历.docx");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.candidateToken).toMatch(/^ck_/);
    const [stored] = await resumeRows(res.body.candidateId);
    expect(stored).toMatchObject({ size: file.length, content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", filename: "张伟-简历.docx" });

    const ranked = await ctx.request().get(`/v1/vacancies/${vacancy.id}/applications`).set(bearer(org.apiKey));
    expect(ranked.status).toBe(200);
    expect(ranked.body.items[0]).toMatchObject({
      id: res.body.applicationId, profileSource: "resume", resumeUrl: `/v1/applications/${res.body.applicationId}/resume`,
      candidate: { name: "张伟", educationLevel: "bachelor" },
    });
    expect(ranked.body.items[0].match.criteria.skills.reasons.length).toBeGreaterThan(0);
  });

  it("lets the recruiter download the original byte for byte, as an attachment that is never sniffed", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const file = corpus("batch1/04_en_manager.txt");
    const applied = await applyWithResume(vacancy.id, file, "foster resume.txt");
    expect(applied.status).toBe(201);
    const res = await ctx.request().get(`/v1/applications/${applied.body.applicationId}/resume`).set(bearer(org.apiKey)).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on("data", (c: Buffer) => chunks.push(c));
      r.on("end", () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, file)).toBe(0);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="foster resume.txt"; filename*=UTF-8''foster%20resume.txt`);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("hides the file from another organization's recruiter and from the public (404, 401)", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const applied = await applyWithResume(vacancy.id, corpus("batch1/04_en_manager.txt"), "r.txt");
    const path = `/v1/applications/${applied.body.applicationId}/resume`;
    expect((await ctx.request().get(path).set(bearer(other.apiKey))).status).toBe(404);
    expect((await ctx.request().get(path)).status).toBe(401);
  });

  it("answers 404 for an application made with a typed profile, and says it came from a form", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const candidate = await buildCandidate(ctx);
    const applied = await ctx.request().post(`/v1/jobs/${vacancy.id}/applications`).send({ candidateToken: candidate.token, consent: true });
    expect((await ctx.request().get(`/v1/applications/${applied.body.applicationId}/resume`).set(bearer(org.apiKey))).status).toBe(404);
    const one = await ctx.request().get(`/v1/applications/${applied.body.applicationId}`).set(bearer(org.apiKey));
    expect(one.body).toMatchObject({ profileSource: "form", resumeUrl: null });
  });

  it("names the field still missing after the merge with 422, and stores nothing", async () => {
    const vacancy = await seedVacancy(ctx, org);
    // 09_en_pm has an email; take a resume with none by sending the text with its email line removed.
    const text = corpus("batch1/09_en_pm.txt").toString("utf8").replace(/^.*@.*$/m, "");
    const res = await applyWithResume(vacancy.id, Buffer.from(text), "pm.txt");
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "candidate.email" })]);
    expect(await ctx.deps.db.selectFrom("resume_files").selectAll().execute()).not.toContainEqual(expect.objectContaining({ filename: "pm.txt" }));
  });

  it("completes the parsed profile with the candidate part, which wins over the resume", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const text = corpus("batch1/09_en_pm.txt").toString("utf8").replace(/^.*@.*$/m, "");
    const res = await applyWithResume(vacancy.id, Buffer.from(text), "pm.txt", { email: "priya@example.org", location: "Johor Bahru" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const profile = await ctx.request().get(`/v1/candidates/${res.body.candidateId}`).set(bearer(res.body.candidateToken));
    expect(profile.body).toMatchObject({ name: "Priya Natarajan", email: "priya@example.org", location: "Johor Bahru" });
    expect(profile.body.experience[0]).toMatchObject({ title: "Senior Project Manager", startDate: "2020-04", endDate: null });
  });

  it("stays idempotent: the same resume again answers 200 with the same application", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const file = corpus("batch1/01_zh_dev.txt");
    const first = await applyWithResume(vacancy.id, file, "a.txt");
    const again = await applyWithResume(vacancy.id, file, "a.txt");
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ applicationId: first.body.applicationId, candidateId: first.body.candidateId });
  });

  it("refuses a multipart apply without consent or without the resume part (400 naming it)", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const noConsent = await ctx.request().post(`/v1/jobs/${vacancy.id}/applications`).attach("resume", corpus("batch1/01_zh_dev.txt"), "a.txt");
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors[0].path).toBe("consent");
    const noFile = await ctx.request().post(`/v1/jobs/${vacancy.id}/applications`).field("consent", "true");
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors[0].path).toBe("resume");
  });

  it("answers 422 no_profile for a position description uploaded as a resume", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const res = await applyWithResume(vacancy.id, corpus("batch1/08_position_by_mistake.txt"), "jd.txt");
    expect(res.status).toBe(422);
    expect(res.body.reason).toBe("no_profile");
  });
});

describe("creating a profile from a resume, export and erasure", () => {
  it("creates the candidate from a resume, lists the file in the export, and erases it with the profile", async () => {
    const file = corpus("batch1/07_zh_senior.docx");
    const created = await ctx.request().post("/v1/candidates").attach("resume", file, "刘建国.docx").field("consent", "true");
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ name: "刘建国", email: "liujianguo@example.com", education: [{ level: "master" }, { level: "bachelor" }] });
    const auth = bearer(created.body.token);

    const exported = await ctx.request().get(`/v1/candidates/${created.body.id}/export`).set(auth);
    expect(exported.status).toBe(200);
    expect(exported.body.files).toEqual([
      expect.objectContaining({ kind: "resume", filename: "刘建国.docx", size: file.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);

    expect((await ctx.request().delete(`/v1/candidates/${created.body.id}`).set(auth)).status).toBe(204);
    expect(await resumeRows(created.body.id)).toEqual([]);
  });

  it("keeps JSON creation working unchanged", async () => {
    const candidate = await buildCandidate(ctx);
    expect(await resumeRows(candidate.id)).toEqual([]);
  });
});
