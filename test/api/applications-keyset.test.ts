import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { buildCandidate, candidateProfile, candidateWorker, requirements, seedVacancy } from "../helpers/candidate-factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

const now = new Date("2026-11-26T08:00:00Z");
let ctx: TestContext;
let org: TestOrganization;
let other: TestOrganization;
let vacancyId: string;
let otherVacancyId: string;

type Item = { id: string; score: number; qualified: boolean };
type Page = { items: Item[]; page: number; pageSize: number; total: number; nextCursor: string | null };

// Three kinds of applicant, ten of each: identical profiles score identically, so nearly every page
// boundary falls inside a run of equal (qualified, score) and only the id tiebreak orders it.
const kinds = [
  { skills: ["Java", "k8s"] },
  { skills: ["Java"] },
  { skills: ["Excel"], education: [{ level: "high_school" as const }] },
];
const perKind = 10;

beforeAll(async () => {
  ctx = await createTestContext({}, { now: () => now });
  org = await buildOrganization(ctx);
  other = await buildOrganization(ctx);
  vacancyId = (await seedVacancy(ctx, org)).id;
  otherVacancyId = (await seedVacancy(ctx, other)).id;
  for (const kind of kinds) {
    for (let i = 0; i < perKind; i++) {
      const res = await ctx.request().post(`/v1/jobs/${vacancyId}/applications`).send({ candidate: candidateProfile(kind), consent: true });
      expect(res.status).toBe(201);
    }
  }
  // A score that real cannot hold exactly (73.3 is 73.30000305… as float4): a cursor that carried it
  // as a double would compare unequal to itself and skip or repeat the tied rows.
  await ctx.deps.db.updateTable("applications").set({ score: 73.3 }).where("vacancy_id", "=", vacancyId).where("score", "<", 50).execute();
  await ctx.request().post(`/v1/jobs/${otherVacancyId}/applications`).send({ candidate: candidateProfile(), consent: true }).expect(201);
});
afterAll(() => ctx.close());

const get = (path: string, query: Record<string, string | number>, key = org.apiKey) =>
  ctx.request().get(path).query(query).set(bearer(key));

async function walk(path: string, query: Record<string, string | number>): Promise<Page[]> {
  const pages: Page[] = [];
  let res = await get(path, query);
  for (;;) {
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    pages.push(res.body as Page);
    const next = (res.body as Page).nextCursor;
    if (next === null) return pages;
    expect(pages.length).toBeLessThan(100);
    const { page: _page, ...rest } = query;
    res = await get(path, { ...rest, cursor: next });
  }
}

const ranked = `/v1/vacancies/`;
const applications = (id: string) => `${ranked}${id}/applications`;

describe("ranked applicants by cursor", () => {
  it("walks every applicant exactly once, in the one-page order, when scores tie", async () => {
    const whole = (await get(applications(vacancyId), { pageSize: 100 })).body as Page;
    expect(whole.total).toBe(kinds.length * perKind);
    expect(whole.nextCursor).toBeNull();
    const tied = whole.items.filter((item) => item.score === whole.items[5]!.score);
    expect(tied.length).toBeGreaterThanOrEqual(perKind);
    for (const pageSize of [1, 3, 4, 7]) {
      const pages = await walk(applications(vacancyId), { pageSize });
      const ids = pages.flatMap((p) => p.items.map((i) => i.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(whole.items.map((i) => i.id));
      expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
      expect(pages.every((p) => p.total === whole.total)).toBe(true);
    }
  });

  it("orders ties by id, highest first, and keeps 73.3 ties together across pages", async () => {
    const { items } = (await get(applications(vacancyId), { pageSize: 100 })).body as Page;
    const atFloat = items.filter((i) => i.score === 73.3);
    expect(atFloat.length).toBe(perKind);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      const before = Number(b.qualified) - Number(a.qualified) || b.score - a.score || (a.id > b.id ? -1 : 1);
      expect(before, `${a.id} then ${b.id}`).toBeLessThan(0);
    }
    const ids = (await walk(applications(vacancyId), { pageSize: 3 })).flatMap((p) => p.items.map((i) => i.id));
    expect(ids.filter((id) => atFloat.some((i) => i.id === id))).toEqual(atFloat.map((i) => i.id));
  });

  it("gives the same page by cursor as by number", async () => {
    const first = (await get(applications(vacancyId), { pageSize: 4 })).body as Page;
    const byCursor = (await get(applications(vacancyId), { pageSize: 4, cursor: first.nextCursor! })).body as Page;
    const byNumber = (await get(applications(vacancyId), { pageSize: 4, page: 2 })).body as Page;
    expect(byCursor.page).toBe(2);
    expect(byCursor.items.map((i) => i.id)).toEqual(byNumber.items.map((i) => i.id));
    expect(byCursor.nextCursor).toBe(byNumber.nextCursor);
  });

  it("walks a filtered list and refuses that cursor on the unfiltered one", async () => {
    const pages = await walk(applications(vacancyId), { pageSize: 4, qualified: "true" });
    const ids = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(ids.length).toBe(pages[0]!.total);
    expect(pages.flatMap((p) => p.items).every((i) => i.qualified)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const res = await get(applications(vacancyId), { pageSize: 4, cursor: pages[0]!.nextCursor! });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "query.cursor" })]);
  });

  it("refuses another organization's cursor, and hides its vacancy", async () => {
    const theirs = (await get(applications(otherVacancyId), { pageSize: 1 }, other.apiKey)).body as Page;
    expect(theirs.total).toBe(1);
    const ours = (await get(applications(vacancyId), { pageSize: 1 })).body as Page;
    const onTheirs = await get(applications(otherVacancyId), { pageSize: 1, cursor: ours.nextCursor! }, other.apiKey);
    expect(onTheirs.status).toBe(400);
    expect(onTheirs.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(onTheirs.body.errors[0].path).toBe("query.cursor");
    // Our vacancy is not theirs: 404 by id; with our cursor the cursor is refused first, as it would
    // be on any id, so the answer says nothing about whether the vacancy exists.
    expect((await get(applications(vacancyId), { pageSize: 1 }, other.apiKey)).status).toBe(404);
    expect((await get(applications(vacancyId), { pageSize: 1, cursor: ours.nextCursor! }, other.apiKey)).status).toBe(400);
    expect((await get(applications("00000000-0000-4000-8000-000000000000"), { pageSize: 1, cursor: ours.nextCursor! }, other.apiKey)).status).toBe(400);
  });

  it.each([
    ["garbage", "not a cursor!"],
    ["not JSON", Buffer.from("{nope").toString("base64url")],
    ["a wrong key", Buffer.from(JSON.stringify({ l: "x", p: 2, k: { qualified: "yes", score: 1, id: "1" } })).toString("base64url")],
    ["page 1", Buffer.from(JSON.stringify({ l: "x", p: 1, k: { qualified: true, score: 1, id: "00000000-0000-4000-8000-000000000000" } })).toString("base64url")],
  ])("answers a tampered cursor (%s) with a 400 naming cursor", async (_label, cursor) => {
    const res = await get(applications(vacancyId), { cursor });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "query.cursor" })]);
  });

  it("answers page and cursor together with a 400", async () => {
    const first = (await get(applications(vacancyId), { pageSize: 4 })).body as Page;
    const res = await get(applications(vacancyId), { pageSize: 4, page: 2, cursor: first.nextCursor! });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "query.cursor" })]);
  });
});

describe("talent pool by cursor", () => {
  it("walks every discoverable match exactly once, in the one-page order, and refuses page with cursor", async () => {
    const role = requirements({ skills: [{ name: "Erlang", required: true }] });
    const vacancy = await seedVacancy(ctx, org, { requirements: role, title: "Erlang开发" });
    // Equal profiles: equal scores and relevance, ordered by id alone.
    for (let i = 0; i < 7; i++) await buildCandidate(ctx, { discoverable: true, skills: ["Erlang"] });
    await buildCandidate(ctx, { discoverable: true, skills: ["Erlang", "OTP"], experience: [{ title: "Erlang开发", startDate: "2015-01", endDate: null }] });
    await candidateWorker(ctx).drain();
    const path = `${ranked}${vacancy.id}/matches`;
    const whole = (await get(path, { pageSize: 100 })).body as { items: { candidateId: string }[]; total: number; nextCursor: string | null };
    expect(whole.total).toBeGreaterThanOrEqual(8);
    expect(whole.nextCursor).toBeNull();
    const pages = (await walk(path, { pageSize: 3 })) as unknown as { items: { candidateId: string }[] }[];
    const ids = pages.flatMap((p) => p.items.map((i) => i.candidateId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(whole.items.map((i) => i.candidateId));

    const first = (await get(path, { pageSize: 3 })).body as Page;
    expect((await get(path, { page: 2, cursor: first.nextCursor! })).status).toBe(400);
    const onApplications = await get(applications(vacancyId), { cursor: first.nextCursor! });
    expect(onApplications.status).toBe(400);
    const otherVacancy = await seedVacancy(ctx, other, { requirements: role });
    const theirs = await get(`${ranked}${otherVacancy.id}/matches`, { cursor: first.nextCursor! }, other.apiKey);
    expect(theirs.status).toBe(400);
    expect(theirs.body.errors[0].path).toBe("query.cursor");
  });
});

describe("ranked list totals", () => {
  it("stay exact through applying, stage moves, rescoring and erasure, with every filter", async () => {
    const vacancy = (await seedVacancy(ctx, org)).id;
    const tokens: { id: string; token: string; applicationId: string; profile: ReturnType<typeof candidateProfile> }[] = [];
    for (let i = 0; i < 4; i++) {
      const profile = candidateProfile({ skills: ["Java"] });
      const res = await ctx.request().post(`/v1/jobs/${vacancy}/applications`).send({ candidate: profile, consent: true }).expect(201);
      tokens.push({ id: res.body.candidateId, token: res.body.candidateToken, applicationId: res.body.applicationId, profile });
    }
    const totals = async () => {
      const out: Record<string, number> = {};
      const queries: Record<string, string | number>[] = [{}, { qualified: "true" }, { qualified: "false" }, { stage: "applied" }, { stage: "screening" }, { stage: "screening", qualified: "true" }, { minScore: 1 }];
      for (const query of queries) {
        const body = (await get(applications(vacancy), { ...query, pageSize: 100 })).body as Page;
        // The total is kept apart from the rows; the rows themselves are the truth it must match.
        expect(body.total, JSON.stringify(query)).toBe(body.items.length);
        out[JSON.stringify(query)] = body.total;
      }
      return out;
    };
    expect(await totals()).toMatchObject({ "{}": 4, '{"qualified":"true"}': 4, '{"stage":"screening"}': 0 });

    await ctx.request().patch(`/v1/applications/${tokens[0]!.applicationId}`).set(bearer(org.apiKey)).send({ stage: "screening" }).expect(200);
    expect(await totals()).toMatchObject({ '{"stage":"applied"}': 3, '{"stage":"screening"}': 1, '{"stage":"screening","qualified":"true"}': 1 });

    // Dropping Java rescores the application as unqualified.
    await ctx.request().put(`/v1/candidates/${tokens[0]!.id}`).set(bearer(tokens[0]!.token)).send({ ...tokens[0]!.profile, skills: ["Excel"] }).expect(200);
    expect(await totals()).toMatchObject({ "{}": 4, '{"qualified":"true"}': 3, '{"qualified":"false"}': 1, '{"stage":"screening","qualified":"true"}': 0 });

    await ctx.request().delete(`/v1/candidates/${tokens[1]!.id}`).set(bearer(tokens[1]!.token)).expect(204);
    expect(await totals()).toMatchObject({ "{}": 3, '{"qualified":"true"}': 2, '{"stage":"applied"}': 2 });
  });
});
