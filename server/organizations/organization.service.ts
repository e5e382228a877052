import type { Db } from "../../db/db.js";
import { insertApiKey } from "../../db/api-key.repository.js";
import { findOrganizationBySlug, insertOrganization } from "../../db/organization.repository.js";
import { generateToken } from "../auth/tokens.js";
import { NotFound, SlugTaken } from "../errors.js";
import { isUniqueViolation } from "../../db/errors.js";

export type Organization = { id: string; slug: string; name: string; createdAt: string };

/** Creates an organization with its first recruiter key; the plain key is returned only here. */
export async function createOrganization(db: Db, input: { name: string; slug: string }): Promise<Organization & { apiKey: string }> {
  const key = generateToken("rk");
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await insertOrganization(trx, { name: input.name, slug: input.slug });
      await insertApiKey(trx, { organizationId: row.id, lookup: key.lookup, secretHash: key.secretHash });
      return { id: row.id, slug: row.slug, name: row.name, createdAt: row.created_at.toISOString(), apiKey: key.token };
    });
  } catch (err) {
    if (isUniqueViolation(err, "organizations_slug_key")) {
      throw new SlugTaken(input.slug);
    }
    throw err;
  }
}

/** What anyone may know of an organization: its slug and name (its careers page heading). */
export async function getPublicOrganization(db: Db, slug: string): Promise<{ slug: string; name: string }> {
  const org = await findOrganizationBySlug(db, slug);
  if (!org) throw new NotFound("organization");
  return { slug: org.slug, name: org.name };
}
