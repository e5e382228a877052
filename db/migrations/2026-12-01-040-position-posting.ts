import type { Kysely } from "kysely";

/** What a posting's salary and tag lines state (salary, location, employment type), read at import; null when none. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("positions").addColumn("posting", "jsonb").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("positions").dropColumn("posting").execute();
}
