import type { Kysely } from "kysely";
import type { Database } from "./database.js";

export async function insertApiKey(
  db: Kysely<Database>,
  key: { organizationId: string; lookup: string; secretHash: string },
): Promise<void> {
  await db
    .insertInto("api_keys")
    .values({ organization_id: key.organizationId, lookup: key.lookup, secret_hash: key.secretHash, revoked_at: null })
    .execute();
}

export async function findActiveApiKeyByLookup(
  db: Kysely<Database>,
  lookup: string,
): Promise<{ organizationId: string; secretHash: string; organizationSlug: string } | undefined> {
  const row = await db
    .selectFrom("api_keys")
    .innerJoin("organizations", "organizations.id", "api_keys.organization_id")
    .select(["api_keys.organization_id", "api_keys.secret_hash", "organizations.slug"])
    .where("api_keys.lookup", "=", lookup)
    .where("api_keys.revoked_at", "is", null)
    .executeTakeFirst();
  return row && { organizationId: row.organization_id, secretHash: row.secret_hash, organizationSlug: row.slug };
}
