import { sql, type Kysely } from "kysely";

// Hit counters for the public rate limit, shared by every API process (fixed one-minute windows).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rate_limit_hits")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "timestamptz", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("rate_limit_hits_pkey", ["key", "window_start"])
    .execute();
  await db.schema.createIndex("rate_limit_hits_window_start_idx").on("rate_limit_hits").column("window_start").execute();
  // Counters are disposable: skip the WAL for them.
  await sql`alter table rate_limit_hits set unlogged`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rate_limit_hits").execute();
}
