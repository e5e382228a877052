import { sql, type Kysely } from "kysely";

// Candidates, their consents, applications with stage history, and idempotency records for public
// apply. Every row that holds or points at a candidate cascades from `candidates`, so erasure is one
// delete and nothing is left behind by a forgotten table.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("candidates")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("token_lookup", "text", (c) => c.notNull().unique())
    .addColumn("token_hash", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("profile", "jsonb", (c) => c.notNull())
    .addColumn("discoverable", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index candidates_email_idx on candidates (lower(email))`.execute(db);
  await sql`create index candidates_discoverable_idx on candidates (id) where discoverable`.execute(db);

  await db.schema
    .createTable("consents")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose in ('profile', 'application', 'talent_pool')`))
    .addColumn("vacancy_id", "uuid", (c) => c.references("vacancies.id").onDelete("set null"))
    .addColumn("notice_version", "text", (c) => c.notNull())
    .addColumn("granted_at", "timestamptz", (c) => c.notNull())
    .addColumn("withdrawn_at", "timestamptz")
    .execute();
  await db.schema.createIndex("consents_candidate_id_idx").on("consents").column("candidate_id").execute();

  await db.schema
    .createTable("applications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("vacancy_id", "uuid", (c) => c.notNull().references("vacancies.id").onDelete("cascade"))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().references("candidates.id").onDelete("cascade"))
    .addColumn("stage", "text", (c) =>
      c.notNull().check(sql`stage in ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected')`),
    )
    .addColumn("score", "real", (c) => c.notNull())
    .addColumn("qualified", "boolean", (c) => c.notNull())
    .addColumn("match", "jsonb", (c) => c.notNull())
    .addColumn("scored_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("applications_vacancy_id_candidate_id_key", ["vacancy_id", "candidate_id"])
    .execute();
  // The ranked list reads qualified applicants first, then by score: this index serves its first page
  // (and the qualified filter, as an equality prefix) without sorting the whole vacancy.
  await sql`create index applications_ranking_idx on applications (vacancy_id, qualified desc, score desc, id)`.execute(db);
  // Recruiters work a stage at a time ("everyone in interview"): the same order within one stage,
  // which also keeps that filter's count(*) inside the index.
  await sql`create index applications_stage_ranking_idx on applications (vacancy_id, stage, qualified desc, score desc, id)`.execute(db);
  await db.schema.createIndex("applications_candidate_id_idx").on("applications").column("candidate_id").execute();

  await db.schema
    .createTable("application_events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("application_id", "uuid", (c) => c.notNull().references("applications.id").onDelete("cascade"))
    .addColumn("from_stage", "text")
    .addColumn("to_stage", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("application_events_application_id_idx").on("application_events").columns(["application_id", "id"]).execute();

  await db.schema
    .createTable("idempotency_keys")
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("candidate_id", "uuid", (c) => c.references("candidates.id").onDelete("cascade"))
    .addColumn("status", "integer")
    .addColumn("response", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pkey", ["scope", "key"])
    .execute();
  await db.schema.createIndex("idempotency_keys_created_at_idx").on("idempotency_keys").column("created_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("idempotency_keys").execute();
  await db.schema.dropTable("application_events").execute();
  await db.schema.dropTable("applications").execute();
  await db.schema.dropTable("consents").execute();
  await db.schema.dropTable("candidates").execute();
}
