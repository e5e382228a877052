import { sql, type Kysely } from "kysely";

// Workers claim outbox rows with a lease instead of holding a transaction open across Meilisearch
// calls: `lease` names the claim, `locked_until` is when it lapses and the rows come back.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("outbox")
    .addColumn("locked_until", "timestamptz")
    .addColumn("lease", "uuid")
    .execute();
  await sql`create index outbox_leased_idx on outbox (topic, aggregate_id) where locked_until is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index outbox_leased_idx`.execute(db);
  await db.schema.alterTable("outbox").dropColumn("locked_until").dropColumn("lease").execute();
}
