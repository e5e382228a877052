import { sql, type Kysely } from "kysely";

// Months of pay a year (·13薪) of a monthly salary; null = not stated. Only a monthly salary has them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("vacancies")
    .addColumn("salary_months", "smallint", (c) => c.check(sql`salary_months between 1 and 24`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("vacancies").dropColumn("salary_months").execute();
}
