import { sql, type Kysely } from "kysely";

// The original resume a candidate uploaded, kept byte for byte for the recruiters they applied to.
// One per candidate (a new upload replaces it); it cascades from `candidates`, so erasure takes it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("resume_files")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("candidate_id", "uuid", (c) => c.notNull().unique().references("candidates.id").onDelete("cascade"))
    .addColumn("filename", "text")
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull().check(sql`size >= 0`))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("bytes", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("resume_files").execute();
}
