import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enqueueOutbox } from "../../db/outbox.repository.js";
import { deleteCandidate } from "../../server/candidates/candidate.service.js";
import { createMeiliClient } from "../../server/deps.js";
import { pino } from "pino";
import { candidateIndexUid, getCandidateDocument } from "../../search/candidate-index.js";
import { candidateIndexIfMissing } from "../../search/candidate-reindex.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { buildCandidate, candidateWorker, requirements, seedVacancy } from "../helpers/candidate-factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

const now = new Date("2026-11-26T08:00:00Z");
let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext({}, { now: () => now });
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const doc = (id: string) => getCandidateDocument(ctx.deps.meili, ctx.deps.config.indexPrefix, id);
const sync = () => candidateWorker(ctx).drain();

describe("talent-pool index", () => {
  it("holds discoverable candidates only, without name, email or phone", async () => {
    const shown = await buildCandidate(ctx, { discoverable: true, name: "李四", phone: "13912345678", skills: ["k8s", "客戶關係管理"] });
    const hidden = await buildCandidate(ctx, { discoverable: false });
    await sync();
    const indexed = await doc(shown.id);
    expect(indexed).toMatchObject({ id: shown.id, skills: expect.arrayContaining(["Kubernetes"]), educationLevel: "bachelor" });
    const text = JSON.stringify(indexed);
    for (const personal of ["李四", "13912345678", shown.profile.email, "上海"]) expect(text).not.toContain(personal);
    expect(await doc(hidden.id)).toBeNull();
  });

  it("follows opting in and out", async () => {
    const c = await buildCandidate(ctx);
    await ctx.request().put(`/v1/candidates/${c.id}`).set(bearer(c.token)).send({ ...c.profile, discoverable: true }).expect(200);
    await sync();
    expect(await doc(c.id)).not.toBeNull();
    await ctx.request().put(`/v1/candidates/${c.id}`).set(bearer(c.token)).send({ ...c.profile, discoverable: false }).expect(200);
    await sync();
    expect(await doc(c.id)).toBeNull();
  });
});

describe("talent-pool rebuild", () => {
  it("rebuilds a missing index from the database, discoverable candidates only, with its settings", async () => {
    const shown = await buildCandidate(ctx, { discoverable: true, skills: ["Rust"] });
    const hidden = await buildCandidate(ctx, { discoverable: false });
    await sync();
    const uid = candidateIndexUid(ctx.deps.config.indexPrefix);
    await ctx.deps.meili.deleteIndex(uid).waitTask();
    const deps = { ...ctx.deps, logger: pino({ level: "silent" }), indexPrefix: ctx.deps.config.indexPrefix };
    const count = await candidateIndexIfMissing(deps);
    const discoverable = await ctx.deps.db.selectFrom("candidates").select("id").where("discoverable", "=", true).execute();
    expect(count).toBe(discoverable.length);
    expect(await doc(shown.id)).not.toBeNull();
    expect(await doc(hidden.id)).toBeNull();
    const settings = await ctx.deps.meili.index(uid).getSettings();
    expect(settings.filterableAttributes).toEqual(["educationRank"]);
    expect(await candidateIndexIfMissing(deps)).toBeNull();
  });
});

describe("GET /v1/vacancies/:id/matches", () => {
  it("ranks discoverable candidates only, qualified first, without contact details", async () => {
    const role = requirements({
      education: { minLevel: "bachelor", majors: [], majorsRequired: false },
      skills: [{ name: "会计", required: true }, { name: "用友", required: false }],
    });
    const vacancy = await seedVacancy(ctx, org, { requirements: role, title: "会计" });
    const best = await buildCandidate(ctx, { discoverable: true, name: "Best", skills: ["会计", "用友"] });
    const good = await buildCandidate(ctx, { discoverable: true, name: "Good", skills: ["會計"] });
    const unqualified = await buildCandidate(ctx, { discoverable: true, name: "Unqualified", skills: ["用友"], education: [{ level: "doctorate", major: "会计学" }] });
    const privateOne = await buildCandidate(ctx, { discoverable: false, name: "Private", skills: ["会计", "用友"] });
    await sync();
    const res = await ctx.request().get(`/v1/vacancies/${vacancy.id}/matches`).set(bearer(org.apiKey)).set("Accept-Language", "zh");
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { candidateId: string }) => i.candidateId);
    expect(ids).not.toContain(privateOne.id);
    const ours = ids.filter((id: string) => [best.id, good.id, unqualified.id].includes(id));
    expect(ours).toEqual([best.id, good.id, unqualified.id]);
    const item = res.body.items.find((i: { candidateId: string }) => i.candidateId === best.id);
    expect(item.candidate.name).toBe("Best");
    expect(item.candidate.email).toBeUndefined();
    expect(item.candidate.phone).toBeUndefined();
    expect(item.match.criteria.skills.reasons[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("drops a candidate who opted out even before the index catches up", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const c = await buildCandidate(ctx, { discoverable: true });
    await sync();
    await ctx.request().put(`/v1/candidates/${c.id}`).set(bearer(c.token)).send({ ...c.profile, discoverable: false }).expect(200);
    const res = await ctx.request().get(`/v1/vacancies/${vacancy.id}/matches`).set(bearer(org.apiKey));
    expect(res.body.items.map((i: { candidateId: string }) => i.candidateId)).not.toContain(c.id);
  });
});

describe("erasure", () => {
  it("removes every copy: rows, applications, events, consents, idempotency records, outbox payloads and the search document", async () => {
    const vacancy = await seedVacancy(ctx, org);
    const keep = await buildCandidate(ctx, { discoverable: true });
    const c = await buildCandidate(ctx, { discoverable: true });
    await sync();
    expect(await doc(c.id)).not.toBeNull();
    const applied = await ctx.request().post(`/v1/jobs/${vacancy.id}/applications`).set("Idempotency-Key", "erase-me").send({ candidateToken: c.token, consent: true });
    expect(applied.status).toBe(201);
    await ctx.request().patch(`/v1/applications/${applied.body.applicationId}`).set(bearer(org.apiKey)).send({ stage: "screening" }).expect(200);
    // Pending outbox rows: one about the candidate, one that merely mentions them in its payload.
    await ctx.request().put(`/v1/candidates/${c.id}`).set(bearer(c.token)).send({ ...c.profile, skills: ["Rust"] }).expect(200);
    await enqueueOutbox(ctx.deps.db, [{ topic: "test.other", aggregateId: "x", payload: { candidateId: c.id } }]);

    const res = await ctx.request().delete(`/v1/candidates/${c.id}`).set(bearer(c.token));
    expect(res.status).toBe(204);

    const db = ctx.deps.db;
    expect(await db.selectFrom("candidates").select("id").where("id", "=", c.id).execute()).toEqual([]);
    expect(await db.selectFrom("applications").select("id").where("candidate_id", "=", c.id).execute()).toEqual([]);
    expect(await db.selectFrom("application_events").select("id").where("application_id", "=", applied.body.applicationId).execute()).toEqual([]);
    expect(await db.selectFrom("consents").select("id").where("candidate_id", "=", c.id).execute()).toEqual([]);
    expect(await db.selectFrom("idempotency_keys").select("key").where("key", "=", "erase-me").execute()).toEqual([]);
    const outbox = await db.selectFrom("outbox").selectAll().execute();
    expect(JSON.stringify(outbox)).not.toContain(c.id);
    expect(await doc(c.id)).toBeNull();
    expect((await ctx.request().get(`/v1/candidates/${c.id}`).set(bearer(c.token))).status).toBe(401);
    const listed = await ctx.request().get(`/v1/vacancies/${vacancy.id}/applications`).set(bearer(org.apiKey));
    expect(listed.body.total).toBe(0);

    expect(await doc(keep.id)).not.toBeNull();
    expect((await ctx.request().get(`/v1/candidates/${keep.id}`).set(bearer(keep.token))).status).toBe(200);
  });
});

describe("erasure while Meilisearch is unreachable", () => {
  it("erases the rows at once and leaves only the document's deletion, by id, to the worker", async () => {
    const c = await buildCandidate(ctx, { discoverable: true });
    await sync();
    expect(await doc(c.id)).not.toBeNull();
    const meiliDown = createMeiliClient("http://127.0.0.1:9", ctx.deps.config.meiliMasterKey);
    await deleteCandidate({ ...ctx.deps, meili: meiliDown, logger: pino({ level: "silent" }) }, c.id, c.id);
    expect(await ctx.deps.db.selectFrom("candidates").select("id").where("id", "=", c.id).execute()).toEqual([]);
    const pending = await ctx.deps.db.selectFrom("outbox").selectAll().where("aggregate_id", "=", c.id).execute();
    expect(pending.map((r) => [r.topic, r.payload])).toEqual([["candidate.sync", {}]]);
    await sync();
    expect(await doc(c.id)).toBeNull();
    expect(await ctx.deps.db.selectFrom("outbox").select("id").where("aggregate_id", "=", c.id).execute()).toEqual([]);
  });
});

describe("erasure interrupted between commit and the document's deletion", () => {
  it("still removes the talent-pool document: the deletion was queued inside the erasure transaction", async () => {
    const c = await buildCandidate(ctx, { discoverable: true });
    await sync();
    expect(await doc(c.id)).not.toBeNull();
    // The process dies once the erasure has committed and the delete is on its way: this client's
    // requests never return, as if the process had stopped right there.
    let reachedDelete!: () => void;
    const deleting = new Promise<void>((resolve) => (reachedDelete = resolve));
    const frozen = new Meilisearch({
      host: inject("meiliUrl"),
      apiKey: ctx.deps.config.meiliMasterKey,
      httpClient: () => {
        reachedDelete();
        return new Promise(() => undefined);
      },
    });
    void deleteCandidate({ ...ctx.deps, meili: frozen, logger: pino({ level: "silent" }) }, c.id, c.id);
    await deleting;
    expect(await ctx.deps.db.selectFrom("candidates").select("id").where("id", "=", c.id).execute()).toEqual([]);
    await sync();
    expect(await doc(c.id)).toBeNull();
  });
});

describe("recommendations", () => {
  it("ranks open vacancies of every organization for the candidate, qualified first, leaving drafts and closed ones out", async () => {
    const other = await buildOrganization(ctx);
    const fit = await seedVacancy(ctx, other, { title: "Java后端" });
    const stretch = await seedVacancy(ctx, org, { title: "Rust工程师", requirements: requirements({ skills: [{ name: "Rust", required: true }] }) });
    const draft = await seedVacancy(ctx, org, { status: "draft" });
    const closed = await seedVacancy(ctx, org, { status: "closed" });
    const tooSenior = await seedVacancy(ctx, org, { requirements: requirements({ education: { minLevel: "doctorate", majors: [], majorsRequired: false } }) });
    const c = await buildCandidate(ctx, { skills: ["Java"] });
    const res = await ctx.request().get(`/v1/candidates/${c.id}/recommendations`).set(bearer(c.token)).query({ pageSize: 100 });
    expect(res.status).toBe(200);
    const ids: string[] = res.body.items.map((i: { vacancy: { id: string } }) => i.vacancy.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(tooSenior.id);
    expect(ids.indexOf(fit.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(fit.id)).toBeLessThan(ids.indexOf(stretch.id));
    const qualified = res.body.items.map((i: { match: { qualified: boolean } }) => i.match.qualified);
    expect(qualified).toEqual([...qualified].sort((a, b) => Number(b) - Number(a)));
    expect(res.body.items[0].vacancy.organization).toMatchObject({ slug: expect.any(String), name: expect.any(String) });
  });

  it("breaks ties between roles that ask nothing by the candidate's line of work", async () => {
    const open = requirements();
    const warehouse = await seedVacancy(ctx, org, { title: "仓库管理员", requirements: open });
    const sales = await seedVacancy(ctx, org, { title: "销售代表", requirements: open });
    const c = await buildCandidate(ctx, { experience: [{ title: "銷售代表", startDate: "2020-01", endDate: null }], skills: ["客户开发"] });
    const res = await ctx.request().get(`/v1/candidates/${c.id}/recommendations`).set(bearer(c.token)).query({ pageSize: 100 });
    const ids: string[] = res.body.items.map((i: { vacancy: { id: string } }) => i.vacancy.id);
    expect(ids.indexOf(sales.id)).toBeLessThan(ids.indexOf(warehouse.id));
  });
});
