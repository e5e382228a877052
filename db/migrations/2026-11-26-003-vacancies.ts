import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("vacancies")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("position_id", "uuid", (c) => c.notNull().references("positions.id").onDelete("restrict"))
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'published', 'closed')`))
    .addColumn("location", "text")
    .addColumn("employment_type", "text")
    .addColumn("salary", "jsonb")
    .addColumn("headcount", "integer")
    .addColumn("closes_at", "timestamptz")
    .addColumn("published_at", "timestamptz")
    .addColumn("closed_at", "timestamptz")
    .addColumn("weights", "jsonb")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("vacancies_organization_id_slug_key", ["organization_id", "slug"])
    .execute();
  await db.schema.createIndex("vacancies_position_id_idx").on("vacancies").column("position_id").execute();
  await db.schema.createIndex("vacancies_status_closes_at_idx").on("vacancies").columns(["status", "closes_at"]).execute();

  // Transactional outbox: a row is written in the same transaction as the change it announces, so
  // search (and other side effects) never miss a committed change nor see a rolled-back one.
  await db.schema
    .createTable("outbox")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("aggregate_id", "text", (c) => c.notNull())
    .addColumn("aggregate_version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("payload", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_error", "text")
    .addColumn("dead_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index outbox_pending_idx on outbox (next_attempt_at, id) where dead_at is null`.execute(db);
  await db.schema.createIndex("outbox_aggregate_idx").on("outbox").columns(["topic", "aggregate_id", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("outbox").execute();
  await db.schema.dropTable("vacancies").execute();
}
