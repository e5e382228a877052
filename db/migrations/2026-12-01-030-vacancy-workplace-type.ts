import { sql, type Kysely } from "kysely";

// Where the work happens, as Lever and Ashby expose it: onsite, hybrid or remote; null = not stated.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("vacancies")
    .addColumn("workplace_type", "text", (c) => c.check(sql`workplace_type in ('onsite', 'hybrid', 'remote')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("vacancies").dropColumn("workplace_type").execute();
}
