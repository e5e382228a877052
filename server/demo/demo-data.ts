import type { Logger } from "pino";
import type { Db } from "../../db/db.js";
import { createOrganization } from "../organizations/organization.service.js";

export const DEMO_ORGANIZATION = { slug: "demo", name: "Demo Company 演示公司" } as const;

/**
 * On the first start with an empty database, creates organization `demo`. Returns its recruiter
 * key (shown once) or null when the database already had data.
 */
export async function seedDemoData(deps: { db: Db; logger: Logger }): Promise<string | null> {
  const existing = await deps.db.selectFrom("organizations").select("id").limit(1).executeTakeFirst();
  if (existing) return null;
  const org = await createOrganization(deps.db, DEMO_ORGANIZATION);
  deps.logger.info({ organization: org.slug }, "demo organization created");
  return org.apiKey;
}
