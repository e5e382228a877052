import type { Insertable, Kysely } from "kysely";
import type { ApplicationEventTable, ApplicationTable, CandidateTable, ConsentTable, Database, NewVacancy } from "./database.js";

// Multi-row inserts for loading many rows at once (the synthetic board, benchmarks): a statement per
// chunk instead of per row. Chunks keep each statement under PostgreSQL's 65,535 bind parameters.
const rowsPerStatement = 2000;

async function inChunks<R, T>(rows: readonly R[], insert: (chunk: R[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i += rowsPerStatement) out.push(...(await insert(rows.slice(i, i + rowsPerStatement))));
  return out;
}

/** Inserts vacancies; returns their ids in the order given. */
export async function insertVacancyRows(db: Kysely<Database>, rows: readonly NewVacancy[]): Promise<string[]> {
  return inChunks(rows, async (chunk) => (await db.insertInto("vacancies").values(chunk).returning("id").execute()).map((r) => r.id));
}

/** Inserts candidates; returns their ids in the order given. */
export async function insertCandidateRows(db: Kysely<Database>, rows: readonly Insertable<CandidateTable>[]): Promise<string[]> {
  return inChunks(rows, async (chunk) => (await db.insertInto("candidates").values(chunk).returning("id").execute()).map((r) => r.id));
}

/** Inserts applications; returns their ids in the order given. */
export async function insertApplicationRows(db: Kysely<Database>, rows: readonly Insertable<ApplicationTable>[]): Promise<string[]> {
  return inChunks(rows, async (chunk) => (await db.insertInto("applications").values(chunk).returning("id").execute()).map((r) => r.id));
}

export async function insertConsentRows(db: Kysely<Database>, rows: readonly Insertable<ConsentTable>[]): Promise<void> {
  await inChunks(rows, async (chunk) => (await db.insertInto("consents").values(chunk).execute(), []));
}

export async function insertApplicationEventRows(db: Kysely<Database>, rows: readonly Insertable<ApplicationEventTable>[]): Promise<void> {
  await inChunks(rows, async (chunk) => (await db.insertInto("application_events").values(chunk).execute(), []));
}
