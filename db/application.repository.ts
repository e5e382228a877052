import { sql, type Kysely } from "kysely";
import type { CandidateProfile, MatchResult } from "../server/matching/match.schema.js";
import type { Weights } from "../server/matching/weights.js";
import type { Requirements } from "../server/positions/position.schema.js";
import type { ApplicationEventRow, ApplicationRow, ApplicationStage, Database } from "./database.js";

const columns = [
  "id", "organization_id", "vacancy_id", "candidate_id", "stage", "score", "qualified", "match", "scored_at", "created_at", "updated_at",
] as const;

export type Score = { score: number; qualified: boolean; match: MatchResult; scoredAt: Date };

export async function insertApplication(
  db: Kysely<Database>,
  a: { organizationId: string; vacancyId: string; candidateId: string; now: Date } & Score,
): Promise<ApplicationRow | undefined> {
  return db
    .insertInto("applications")
    .values({
      organization_id: a.organizationId,
      vacancy_id: a.vacancyId,
      candidate_id: a.candidateId,
      stage: "applied",
      score: a.score,
      qualified: a.qualified,
      match: JSON.stringify(a.match),
      scored_at: a.scoredAt,
      created_at: a.now,
      updated_at: a.now,
    })
    .onConflict((oc) => oc.constraint("applications_vacancy_id_candidate_id_key").doNothing())
    .returning(columns)
    .executeTakeFirst();
}

export async function findApplicationOf(db: Kysely<Database>, vacancyId: string, candidateId: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom("applications").select(columns).where("vacancy_id", "=", vacancyId).where("candidate_id", "=", candidateId).executeTakeFirst();
}

/** The application a candidate with this email already made to the vacancy, if any. */
export async function findApplicationByEmail(db: Kysely<Database>, vacancyId: string, email: string): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom("applications as a")
    .innerJoin("candidates as c", "c.id", "a.candidate_id")
    .select(columns.map((c) => `a.${c}` as const))
    .where("a.vacancy_id", "=", vacancyId)
    .where(sql<string>`lower(c.email)`, "=", email.toLowerCase())
    .orderBy("a.created_at")
    .limit(1)
    .executeTakeFirst();
}

export async function findOrgApplication(db: Kysely<Database>, organizationId: string, id: string, lock = false): Promise<ApplicationRow | undefined> {
  let q = db.selectFrom("applications").select(columns).where("organization_id", "=", organizationId).where("id", "=", id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function setApplicationStage(db: Kysely<Database>, id: string, stage: ApplicationStage, now: Date): Promise<ApplicationRow> {
  return db.updateTable("applications").set({ stage, updated_at: now }).where("id", "=", id).returning(columns).executeTakeFirstOrThrow();
}

export async function insertApplicationEvent(
  db: Kysely<Database>,
  e: { applicationId: string; from: ApplicationStage | null; to: ApplicationStage; actor: string; at: Date },
): Promise<void> {
  await db
    .insertInto("application_events")
    .values({ application_id: e.applicationId, from_stage: e.from, to_stage: e.to, actor: e.actor, created_at: e.at })
    .execute();
}

export async function listApplicationEvents(db: Kysely<Database>, applicationIds: readonly string[]): Promise<ApplicationEventRow[]> {
  if (applicationIds.length === 0) return [];
  return db.selectFrom("application_events").selectAll().where("application_id", "in", applicationIds).orderBy("id").execute();
}

export type RankedFilters = { stage?: ApplicationStage; minScore?: number; qualified?: boolean };
export type RankedRow = ApplicationRow & { profile: CandidateProfile };
/** Where a row sits in the ranked order; a keyset page starts after one. */
export type RankKey = { qualified: boolean; score: number; id: string };

export const rankKeyOf = (row: Pick<ApplicationRow, "qualified" | "score" | "id">): RankKey => ({ qualified: row.qualified, score: row.score, id: row.id });

/**
 * One page of a vacancy's applications, qualified first, then by score, then id descending (unique, so
 * the order is total and the same on every request). The order matches applications_ranking_idx, so
 * Postgres walks the index and stops after the page instead of sorting every applicant; with `after`
 * the walk starts at that key, so a deep page costs what the first does, where `offset` reads past
 * every row above it.
 */
export async function listRankedApplications(
  db: Kysely<Database>,
  vacancyId: string,
  filters: RankedFilters,
  page: { limit: number; offset?: number; after?: RankKey },
): Promise<{ rows: RankedRow[]; total: number }> {
  let base = db.selectFrom("applications as a").where("a.vacancy_id", "=", vacancyId);
  if (filters.stage !== undefined) base = base.where("a.stage", "=", filters.stage);
  if (filters.minScore !== undefined) base = base.where("a.score", ">=", filters.minScore);
  if (filters.qualified !== undefined) base = base.where("a.qualified", "=", filters.qualified);
  let rows = base;
  const { after } = page;
  // score is real: the key's value goes back as real, or 73.3 would compare as the double next to it.
  if (after) rows = rows.where(sql<boolean>`(a.qualified, a.score, a.id) < (${after.qualified}, ${after.score}::real, ${after.id}::uuid)`);
  const [found, count] = await Promise.all([
    rows
      .innerJoin("candidates as c", "c.id", "a.candidate_id")
      .select(columns.map((c) => `a.${c}` as const))
      .select("c.profile")
      .orderBy("a.qualified", "desc")
      .orderBy("a.score", "desc")
      .orderBy("a.id", "desc")
      .limit(page.limit)
      .offset(page.offset ?? 0)
      .execute(),
    // A score threshold is not a column of application_counts: those rows are counted, on applications_count_idx.
    filters.minScore === undefined
      ? countApplications(db, vacancyId, filters)
      : base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow().then(({ n }) => Number(n)),
  ]);
  return { rows: found, total: count };
}

/**
 * How many of the vacancy's applications have this stage and qualification (either may be omitted),
 * from application_counts: a sum of at most twelve rows where counting rows grows with the vacancy.
 */
async function countApplications(db: Kysely<Database>, vacancyId: string, filters: Omit<RankedFilters, "minScore">): Promise<number> {
  let q = db.selectFrom("application_counts").where("vacancy_id", "=", vacancyId);
  if (filters.stage !== undefined) q = q.where("stage", "=", filters.stage);
  if (filters.qualified !== undefined) q = q.where("qualified", "=", filters.qualified);
  const { n } = await q.select(sql<string>`coalesce(sum(n), 0)`.as("n")).executeTakeFirstOrThrow();
  return Number(n);
}

export type CandidateApplicationRow = ApplicationRow & { vacancy_title: string; org_name: string; org_slug: string };

export async function listApplicationsOfCandidate(db: Kysely<Database>, candidateId: string): Promise<CandidateApplicationRow[]> {
  return db
    .selectFrom("applications as a")
    .innerJoin("vacancies as v", "v.id", "a.vacancy_id")
    .innerJoin("positions as p", "p.id", "v.position_id")
    .innerJoin("organizations as o", "o.id", "a.organization_id")
    .select(columns.map((c) => `a.${c}` as const))
    .select(["p.title as vacancy_title", "o.name as org_name", "o.slug as org_slug"])
    .where("a.candidate_id", "=", candidateId)
    .orderBy("a.created_at")
    .execute();
}

export type RescoreRow = {
  id: string;
  positionId: string;
  profile: CandidateProfile;
  requirements: Requirements;
  weights: Partial<Weights> | null;
};

/** Applications to rescore, in id order after `afterId`, with what scoring needs. */
export async function applicationsToRescore(
  db: Kysely<Database>,
  of: { positionIds: string[] } | { vacancyIds: string[] } | { candidateId: string },
  afterId: string | null,
  limit: number,
): Promise<RescoreRow[]> {
  let q = db
    .selectFrom("applications as a")
    .innerJoin("candidates as c", "c.id", "a.candidate_id")
    .innerJoin("vacancies as v", "v.id", "a.vacancy_id")
    .innerJoin("positions as p", "p.id", "v.position_id")
    .select(["a.id", "p.id as positionId", "c.profile", "p.requirements", "v.weights"]);
  if ("positionIds" in of) q = q.where("v.position_id", "in", of.positionIds);
  else if ("vacancyIds" in of) q = q.where("a.vacancy_id", "in", of.vacancyIds);
  else q = q.where("a.candidate_id", "=", of.candidateId);
  if (afterId) q = q.where("a.id", ">", afterId);
  return q.orderBy("a.id").limit(limit).execute();
}

/** Writes many scores in one statement (rescoring walks thousands of rows; one round trip per row would dominate). */
export async function updateApplicationScores(db: Kysely<Database>, scores: ({ id: string } & Score)[]): Promise<void> {
  if (scores.length === 0) return;
  await sql`
    update applications a set score = s.score, qualified = s.qualified, match = s.match, scored_at = s.scored_at
    from unnest(${scores.map((s) => s.id)}::uuid[], ${scores.map((s) => s.score)}::real[], ${scores.map((s) => s.qualified)}::boolean[],
                ${scores.map((s) => JSON.stringify(s.match))}::jsonb[], ${scores.map((s) => s.scoredAt)}::timestamptz[])
      as s(id, score, qualified, match, scored_at)
    where a.id = s.id`.execute(db);
}

/** Serializes applies by the same email to one vacancy for the rest of the transaction (no duplicate on a race). */
export async function lockApplicantEmail(trx: Kysely<Database>, vacancyId: string, email: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`apply:${vacancyId}:${email.toLowerCase()}`}, 0))`.execute(trx);
}
