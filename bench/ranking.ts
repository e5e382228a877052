import { sql } from "kysely";
import { startBenchStack } from "./bench-stack.js";
import { listRankedApplications } from "../db/application.repository.js";
import { insertPositions } from "../db/position.repository.js";
import { listVacancyApplications } from "../server/applications/ranking.service.js";
import { rescoreApplications } from "../server/applications/rescore.js";
import type { Deps } from "../server/deps.js";
import type { CandidateProfile } from "../server/matching/match.schema.js";
import { scoreMatch } from "../server/matching/score.js";
import { createOrganization } from "../server/organizations/organization.service.js";
import { positionToRow } from "../server/positions/position.service.js";
import { emptyRequirements, type Requirements } from "../server/positions/position.schema.js";

const role: Requirements = {
  ...emptyRequirements(),
  education: { minLevel: "bachelor", majors: ["计算机科学与技术"], majorsRequired: false },
  experience: { minYears: 3, maxYears: null, management: false, fields: [] },
  skills: [{ name: "Java", required: true }, { name: "Kubernetes", required: false }, { name: "PostgreSQL", required: false }],
};

// A few dozen distinct profiles, reused across rows: the rows are what the query reads, and their
// scores spread over qualified and unqualified as real applicants' would.
function variants(asOf: Date): { profile: CandidateProfile; match: ReturnType<typeof scoreMatch> }[] {
  const skills = [["Java"], ["Java", "k8s"], ["java", "postgres", "Kubernetes"], ["Go"], ["Excel"], ["Kubernetes", "PostgreSQL"]];
  const levels = ["high_school", "associate", "bachelor", "master"] as const;
  const starts = ["2024-01", "2021-06", "2015-03"];
  const out = [];
  for (const s of skills) for (const level of levels) for (const start of starts) {
    const profile: CandidateProfile = {
      name: "候选人", email: "bench@example.com", phone: "13800000000", location: "上海",
      education: [{ level, major: "计算机科学与技术" }], experience: [{ title: "开发工程师", startDate: start, endDate: null }], skills: s,
    };
    out.push({ profile, match: scoreMatch(profile, role, { asOf }) });
  }
  return out;
}

/** Inserts `count` candidates with one application each to the vacancy, in one statement per table. */
async function seedApplicants(deps: Deps, organizationId: string, vacancyId: string, count: number, asOf: Date): Promise<void> {
  const v = variants(asOf);
  const data = JSON.stringify(v.map((x) => ({ profile: x.profile, match: x.match, score: x.match.score, qualified: x.match.qualified })));
  const stages = sql`array['applied','applied','applied','screening','interview','rejected']`;
  await sql`
    with variant as (select ordinality - 1 as n, value as v from jsonb_array_elements(${data}::jsonb) with ordinality),
    c as (
      insert into candidates (token_lookup, token_hash, email, profile)
      select md5(random()::text || g), md5(g::text), 'bench' || g || '@example.com',
             jsonb_set((select v->'profile' from variant where n = g % ${v.length}), '{name}', to_jsonb('候选人' || g))
      from generate_series(1, ${count}) g
      returning id, (regexp_replace(email, '\\D', '', 'g'))::int as g)
    insert into applications (organization_id, vacancy_id, candidate_id, stage, score, qualified, match, scored_at)
    select ${organizationId}, ${vacancyId}, c.id, (${stages})[1 + c.g % 6],
           (variant.v->>'score')::real, (variant.v->>'qualified')::boolean, variant.v->'match', now()
    from c join variant on variant.n = c.g % ${v.length}`.execute(deps.db);
}

async function createVacancy(deps: Deps, organizationId: string, slug: string): Promise<{ id: string; positionId: string }> {
  const [position] = await insertPositions(deps.db, [
    positionToRow(organizationId, null, {
      title: "Java开发工程师", department: null, reportsTo: null, subordinates: [], summary: null, responsibilities: [],
      requirements: role, compliance: [], language: "zh-Hans", sourceText: "",
    }),
  ]);
  const row = await deps.db
    .insertInto("vacancies")
    .values({ organization_id: organizationId, position_id: position!.id, slug, status: "published", salary: "null", weights: "null", published_at: new Date(), updated_at: new Date() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, positionId: position!.id };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), meanMs: round(samples.reduce((s, x) => s + x, 0) / samples.length) };
}

async function time(runs: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

/**
 * First-page latency of the ranked applicant list at `applicants` per vacancy (plus as many on a
 * second vacancy, so the index has to pick one out), through the HTTP API and as the bare SQL page
 * query, in the same run against its own embedded Postgres and Meilisearch.
 */
export async function benchRanking(opts: { applicants?: number; runs?: number } = {}): Promise<object> {
  const applicants = opts.applicants ?? 10_000;
  const runs = opts.runs ?? 200;
  const stack = await startBenchStack("ranking");
  const { deps } = stack;
  try {
    const org = await createOrganization(deps.db, { name: "Bench", slug: "bench" });
    const { id: vacancyId, positionId } = await createVacancy(deps, org.id, "bench-java");
    const { id: otherId } = await createVacancy(deps, org.id, "bench-other");
    const seedStarted = performance.now();
    await seedApplicants(deps, org.id, vacancyId, applicants, new Date());
    await seedApplicants(deps, org.id, otherId, applicants, new Date());
    // As autovacuum would leave it: a set visibility map lets count(*) for `total` stay in the index.
    await sql`vacuum analyze`.execute(deps.db);
    const seedMs = Math.round(performance.now() - seedStarted);

    const base = `${stack.baseUrl}/v1/vacancies/${vacancyId}/applications`;
    const get = async (query: string) => {
      const res = await fetch(`${base}?${query}`, { headers: { Authorization: `Bearer ${org.apiKey}` } });
      if (res.status !== 200) throw new Error(`ranked list answered ${res.status}`);
      return res.json();
    };
    const pageSql = (where: string) => `
      select a.id, a.organization_id, a.vacancy_id, a.candidate_id, a.stage, a.score, a.qualified, a.match, a.scored_at,
             a.created_at, a.updated_at, c.profile
      from applications a join candidates c on c.id = a.candidate_id
      where a.vacancy_id = $1 ${where} order by a.qualified desc, a.score desc, a.id desc limit 20`;
    const raw = (where: string) => () => deps.db.executeQuery(sql.raw(pageSql(where).replace("$1", `'${vacancyId}'`)).compile(deps.db));
    const explain = await sql.raw<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${pageSql("").replace("$1", `'${vacancyId}'`)}`).execute(deps.db);
    const plan = explain.rows.map((r) => r["QUERY PLAN"]);

    const cases = { firstPage: "", qualifiedOnly: "and a.qualified = true", minScore80: "and a.score >= 80", stageScreening: "and a.stage = 'screening'" };
    const queries = { firstPage: "page=1&pageSize=20", qualifiedOnly: "qualified=true", minScore80: "minScore=80", stageScreening: "stage=screening" };
    const filters = { firstPage: {}, qualifiedOnly: { qualified: true }, minScore80: { minScore: 80 }, stageScreening: { stage: "screening" as const } };
    const results: Record<string, object> = {};
    for (const key of Object.keys(cases) as (keyof typeof cases)[]) {
      const service = await time(runs, () => listVacancyApplications(deps.db, org.id, vacancyId, filters[key], { page: 1, pageSize: 20 }, { locale: "en", now: new Date() }));
      const repository = await time(runs, () => listRankedApplications(deps.db, vacancyId, filters[key], { limit: 20, offset: 0 }));
      const rawSql = await time(runs, raw(cases[key]));
      const api = await time(runs, () => get(queries[key]));
      results[key] = { api, service, repository, rawSql, apiOverRawSqlP50: Math.round((api.p50Ms / rawSql.p50Ms) * 10) / 10 };
    }
    // Page 500 (rows 9,981–10,000): by cursor it starts at the key, by number it skips 9,980 rows.
    const deep = await get("page=499&pageSize=20");
    const last = (deep as { items: { qualified: boolean; score: number; id: string }[] }).items.at(-1);
    if (last) {
      const after = { qualified: last.qualified, score: last.score, id: last.id };
      const cursor = (deep as { nextCursor: string }).nextCursor;
      const keyset = `and (a.qualified, a.score, a.id) < (${after.qualified}, ${after.score}::real, '${after.id}'::uuid)`;
      results.page500Cursor = {
        api: await time(runs, () => get(`pageSize=20&cursor=${cursor}`)),
        service: await time(runs, () => listVacancyApplications(deps.db, org.id, vacancyId, {}, { page: 500, pageSize: 20, after }, { locale: "en", now: new Date() })),
        rawSql: await time(runs, raw(keyset)),
      };
      results.page500Offset = { api: await time(Math.min(runs, 20), () => get("page=500&pageSize=20")) };
    }
    // What the outbox handler does after a requirements change: rescore every application of the position.
    const rescoreStarted = performance.now();
    const rescored = await rescoreApplications(deps.db, { positionIds: [positionId] }, new Date());
    const rescoreMs = Math.round(performance.now() - rescoreStarted);
    return {
      name: "ranked list first page",
      rescoreAfterRequirementsChange: { applications: rescored, ms: rescoreMs, perSecond: Math.round(rescored / (rescoreMs / 1000)) },
      applicantsPerVacancy: applicants,
      totalApplications: applicants * 2,
      seedMs,
      runs,
      results,
      plan: plan.filter((line) => /Scan|Sort|Limit|Execution Time/.test(line)).map((line) => line.trim()),
      note: "api = HTTP round trip over loopback (auth, validation, JSON); service = listVacancyApplications (vacancy check, page + count, localized reasons, summaries); repository = page + count queries; rawSql = the page query alone",
    };
  } finally {
    await stack.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchRanking(), null, 2));
}
