import { sql, type Kysely, type Updateable } from "kysely";
import type { ComplianceFlag, Requirements } from "../server/positions/position.schema.js";
import type { Database, NewVacancy, VacancyRow, VacancyTable } from "./database.js";
import { openStatus, openVacancySql } from "./vacancy-open.js";

export type VacancyUpdate = Updateable<VacancyTable>;

const columns = [
  "id", "organization_id", "position_id", "slug", "status", "location", "employment_type", "workplace_type", "salary", "salary_months", "headcount",
  "closes_at", "published_at", "closed_at", "weights", "version", "created_at", "updated_at",
] as const;

/** What the search document and the public page are built from: a vacancy with its position and organization. */
export type VacancyListing = VacancyRow & {
  org_slug: string;
  org_name: string;
  p_title: string;
  p_department: string | null;
  p_summary: string | null;
  p_responsibilities: string[];
  p_subordinates: string[];
  p_requirements: Requirements;
  p_compliance: ComplianceFlag[];
  p_language: string;
};

/** Vacancies (`v`) with their position (`p`) and organization (`o`): what listings and matching read. */
export function vacanciesWithPositions(db: Kysely<Database>) {
  return db
    .selectFrom("vacancies as v")
    .innerJoin("positions as p", "p.id", "v.position_id")
    .innerJoin("organizations as o", "o.id", "v.organization_id");
}

function listings(db: Kysely<Database>) {
  return vacanciesWithPositions(db)
    .select(columns.map((c) => `v.${c}` as const))
    .select([
      "o.slug as org_slug", "o.name as org_name", "p.title as p_title", "p.department as p_department", "p.summary as p_summary",
      "p.responsibilities as p_responsibilities", "p.subordinates as p_subordinates", "p.requirements as p_requirements", "p.compliance as p_compliance", "p.language as p_language",
    ]);
}

export async function insertVacancy(db: Kysely<Database>, row: NewVacancy): Promise<VacancyRow> {
  return db.insertInto("vacancies").values(row).returning(columns).executeTakeFirstOrThrow();
}

export async function slugsStartingWith(db: Kysely<Database>, organizationId: string, base: string): Promise<string[]> {
  const like = base.replace(/[\\%_]/g, (c) => `\\${c}`) + "%";
  const rows = await db.selectFrom("vacancies").select("slug").where("organization_id", "=", organizationId).where("slug", "like", like).execute();
  return rows.map((r) => r.slug);
}

export type TitledVacancyRow = VacancyRow & { title: string };

function titled(db: Kysely<Database>) {
  return db
    .selectFrom("vacancies as v")
    .innerJoin("positions as p", "p.id", "v.position_id")
    .select(columns.map((c) => `v.${c}` as const))
    .select("p.title as title");
}

export async function findVacancy(db: Kysely<Database>, organizationId: string, id: string): Promise<TitledVacancyRow | undefined> {
  return titled(db).where("v.organization_id", "=", organizationId).where("v.id", "=", id).executeTakeFirst();
}

/** The listings of many vacancies in one query; ids that match no vacancy are simply absent. */
export async function findListings(db: Kysely<Database>, ids: string[]): Promise<VacancyListing[]> {
  if (ids.length === 0) return [];
  return listings(db).where("v.id", "in", ids).execute() as Promise<VacancyListing[]>;
}

/** A published vacancy by id or by slug; a slug shared by two organizations resolves to the newer posting. */
export async function findPublishedListing(db: Kysely<Database>, idOrSlug: string, now: Date): Promise<VacancyListing | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
  return listings(db)
    .where(openVacancySql(now, "v"))
    .where(isUuid ? "v.id" : "v.slug", "=", idOrSlug)
    .orderBy("v.published_at", "desc")
    .limit(1)
    .executeTakeFirst() as Promise<VacancyListing | undefined>;
}

export async function listVacancies(
  db: Kysely<Database>,
  organizationId: string,
  page: { limit: number; offset: number; status?: VacancyRow["status"] },
): Promise<{ rows: TitledVacancyRow[]; total: number }> {
  let rowsQuery = titled(db).where("v.organization_id", "=", organizationId);
  let countQuery = db.selectFrom("vacancies").where("organization_id", "=", organizationId);
  if (page.status) {
    rowsQuery = rowsQuery.where("v.status", "=", page.status);
    countQuery = countQuery.where("status", "=", page.status);
  }
  const [rows, count] = await Promise.all([
    rowsQuery.orderBy("v.created_at", "desc").orderBy("v.id").limit(page.limit).offset(page.offset).execute(),
    countQuery.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** Bumps the version; with `expectedVersion` the update only happens if nobody changed the row meanwhile. */
export async function updateVacancy(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  patch: VacancyUpdate,
  expectedVersion?: number,
): Promise<VacancyRow | undefined> {
  let query = db
    .updateTable("vacancies")
    .set((eb) => ({ ...patch, version: eb("version", "+", 1), updated_at: new Date() }))
    .where("organization_id", "=", organizationId)
    .where("id", "=", id);
  if (expectedVersion !== undefined) query = query.where("version", "=", expectedVersion);
  return query.returning(columns).executeTakeFirst();
}

/** Closes every published vacancy whose closing time has passed; returns them so their search documents can go. */
export async function closeExpiredVacancies(db: Kysely<Database>, now: Date): Promise<{ id: string; version: number }[]> {
  return db
    .updateTable("vacancies")
    .set((eb) => ({ status: "closed" as const, closed_at: now, version: eb("version", "+", 1), updated_at: now }))
    .where("status", "=", "published")
    .where("closes_at", "<=", now)
    .returning(["id", "version"])
    .execute();
}

export async function vacancyIdsOfPositions(db: Kysely<Database>, positionIds: string[]): Promise<{ id: string; version: number }[]> {
  if (positionIds.length === 0) return [];
  return db.selectFrom("vacancies").select(["id", "version"]).where("position_id", "in", positionIds).execute();
}

/** Published listings in id order, one page after `afterId`: lets a reindex walk the table without holding it. */
export async function publishedListingsAfter(db: Kysely<Database>, afterId: string | null, limit: number, now: Date): Promise<VacancyListing[]> {
  let q = listings(db)
    .where(openVacancySql(now, "v"));
  if (afterId) q = q.where("v.id", ">", afterId);
  return q.orderBy("v.id").limit(limit).execute() as Promise<VacancyListing[]>;
}

export async function vacanciesChangedSince(db: Kysely<Database>, since: Date): Promise<{ id: string; version: number }[]> {
  return db.selectFrom("vacancies").select(["id", "version"]).where("updated_at", ">=", since).execute();
}

/** Of `ids`, the ones that are published right now: search hits are checked against this before they are shown. */
export async function publishedAmong(db: Kysely<Database>, ids: string[], now: Date): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("vacancies")
    .select("id")
    .where("id", "in", ids)
    .where(openVacancySql(now))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * The vacancies a search document may still show although they are not open: every one with a sync
 * message not yet handled (its document may predate a close), and published ones past their closing
 * time (the periodic close has not run). Everything else is indexed as it stands. At most `limit`;
 * null when there are more (a catch-up is running) and only checking each hit will do.
 */
export async function possiblyStaleVacancyIds(db: Kysely<Database>, syncTopic: string, now: Date, limit: number): Promise<Set<string> | null> {
  const { rows } = await sql<{ id: string }>`
    (select aggregate_id as id from outbox where topic = ${syncTopic})
    union (select id::text from vacancies where status = ${openStatus} and closes_at <= ${now})
    limit ${limit + 1}`.execute(db);
  return rows.length > limit ? null : new Set(rows.map((r) => r.id));
}
