import { sql, type Kysely } from "kysely";

// A remembered request records what happened (a new application or the existing one), not the HTTP
// status the API chose for it: the service layer knows nothing of HTTP.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("idempotency_keys").addColumn("created", "boolean").execute();
  await sql`update idempotency_keys set created = (status = 201) where status is not null`.execute(db);
  await db.schema.alterTable("idempotency_keys").dropColumn("status").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("idempotency_keys").addColumn("status", "integer").execute();
  await sql`update idempotency_keys set status = case when created then 201 else 200 end where created is not null`.execute(db);
  await db.schema.alterTable("idempotency_keys").dropColumn("created").execute();
}
