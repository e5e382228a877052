import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import type { Db } from "../../db/db.js";
import { anyOrganizationExists } from "../../db/organization.repository.js";
import { createOrganization } from "../organizations/organization.service.js";
import { importDocument } from "../positions/import.service.js";

export const DEMO_ORGANIZATION = { slug: "demo", name: "Demo Company 演示公司" } as const;

/** The committed copy of the seed documents, found from this module whether it runs as .ts or from dist/. */
export function seedsDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "seeds"))) return join(dir, "seeds");
  }
  throw new Error("the seeds/ folder was not found next to package.json");
}

/**
 * On the first start with an empty database, creates organization `demo` and imports the seed
 * documents into it. Returns the demo recruiter key (shown once) and the imported positions, or
 * null when the database already had data.
 */
export async function seedDemoData(deps: { db: Db; logger: Logger }): Promise<{ apiKey: string; organizationId: string; positionIds: string[] } | null> {
  if (await anyOrganizationExists(deps.db)) return null;
  const org = await createOrganization(deps.db, DEMO_ORGANIZATION);
  const dir = seedsDir();
  const positionIds: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const bytes = readFileSync(join(dir, file));
    const imported = await importDocument(deps.db, org.id, { kind: "bytes", bytes, filename: file });
    positionIds.push(...imported.positions.map((p) => p.id));
    deps.logger.info({ file, positions: imported.positions.length }, "demo document imported");
  }
  return { apiKey: org.apiKey, organizationId: org.id, positionIds };
}
