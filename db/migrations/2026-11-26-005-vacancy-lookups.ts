import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // The public page resolves a slug across organizations; only published rows are ever looked up.
  await sql`create index vacancies_published_slug_idx on vacancies (slug) where status = 'published'`.execute(db);
  // A reindex asks which rows changed while it copied.
  await db.schema.createIndex("vacancies_updated_at_idx").on("vacancies").column("updated_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("vacancies_updated_at_idx").execute();
  await db.schema.dropIndex("vacancies_published_slug_idx").execute();
}
