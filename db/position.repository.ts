import type { Kysely } from "kysely";
import type { Database, NewPosition, PositionRow, PositionUpdate } from "./database.js";

const columns = [
  "id", "organization_id", "document_id", "title", "department", "reports_to", "subordinates", "summary",
  "responsibilities", "requirements", "compliance", "language", "source_text", "posting", "version", "created_at", "updated_at",
] as const;

export async function insertPositions(db: Kysely<Database>, rows: NewPosition[]): Promise<PositionRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto("positions").values(rows).returning(columns).execute();
}

export async function findPosition(db: Kysely<Database>, organizationId: string, id: string): Promise<PositionRow | undefined> {
  return db.selectFrom("positions").select(columns).where("organization_id", "=", organizationId).where("id", "=", id).executeTakeFirst();
}

/** The position row locked for the rest of the transaction: `update` to change it, `share` to rely on it. */
export async function lockPosition(db: Kysely<Database>, organizationId: string, id: string, mode: "update" | "share"): Promise<PositionRow | undefined> {
  const query = db.selectFrom("positions").select(columns).where("organization_id", "=", organizationId).where("id", "=", id);
  return (mode === "update" ? query.forUpdate() : query.forShare()).executeTakeFirst();
}

export async function listPositions(
  db: Kysely<Database>,
  organizationId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: PositionRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom("positions")
      .select(columns)
      .where("organization_id", "=", organizationId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db.selectFrom("positions").select((eb) => eb.fn.countAll<number>().as("n")).where("organization_id", "=", organizationId).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function updatePosition(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  patch: PositionUpdate,
): Promise<PositionRow | undefined> {
  return db
    .updateTable("positions")
    .set((eb) => ({ ...patch, version: eb("version", "+", 1), updated_at: new Date() }))
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .returning(columns)
    .executeTakeFirst();
}

export async function deletePosition(db: Kysely<Database>, organizationId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom("positions").where("organization_id", "=", organizationId).where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function countVacanciesOfPosition(db: Kysely<Database>, positionId: string): Promise<number> {
  const row = await db
    .selectFrom("vacancies")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("position_id", "=", positionId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function countPublishedVacanciesOfPosition(db: Kysely<Database>, positionId: string): Promise<number> {
  const row = await db
    .selectFrom("vacancies")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("position_id", "=", positionId)
    .where("status", "=", "published")
    .executeTakeFirstOrThrow();
  return row.n;
}

/** An organization's positions, oldest first: only what is needed to name and publish them. */
export async function positionsOfOrganization(db: Kysely<Database>, organizationId: string): Promise<{ id: string; title: string }[]> {
  return db.selectFrom("positions").select(["id", "title"]).where("organization_id", "=", organizationId).orderBy("created_at").execute();
}
