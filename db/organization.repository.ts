import type { Kysely } from "kysely";
import type { Database, NewOrganization, OrganizationRow } from "./database.js";

const columns = ["id", "slug", "name", "created_at"] as const;

export async function insertOrganization(db: Kysely<Database>, org: NewOrganization): Promise<OrganizationRow> {
  return db.insertInto("organizations").values(org).returning(columns).executeTakeFirstOrThrow();
}

export async function findOrganizationBySlug(db: Kysely<Database>, slug: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom("organizations").select(columns).where("slug", "=", slug).executeTakeFirst();
}

export async function findOrganizationById(db: Kysely<Database>, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom("organizations").select(columns).where("id", "=", id).executeTakeFirst();
}

/** Whether any organization exists: an empty database is what a first start seeds the demo into. */
export async function anyOrganizationExists(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom("organizations").select("id").limit(1).executeTakeFirst()) !== undefined;
}
