import type { Logger } from "pino";
import type { Db } from "../../db/db.js";
import { positionsOfOrganization } from "../../db/position.repository.js";
import { DomainError } from "../errors.js";
import { createVacancy } from "../vacancies/vacancy.service.js";

/**
 * Gives every demo position a published vacancy, so a new user finds the seeds on the board at once.
 * A position with a requirement that may not be published stays a draft, as it would for a recruiter.
 */
export async function publishDemoVacancies(
  deps: { db: Db; logger: Logger; now: () => Date },
  organizationId: string,
): Promise<{ published: number; drafts: number }> {
  const positions = await positionsOfOrganization(deps.db, organizationId);
  let published = 0;
  let drafts = 0;
  for (const p of positions) {
    try {
      await createVacancy(deps, organizationId, { positionId: p.id, status: "published", employmentType: "full_time" });
      published++;
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== "unprocessable") throw err;
      await createVacancy(deps, organizationId, { positionId: p.id, status: "draft", employmentType: "full_time" });
      drafts++;
      deps.logger.warn({ position: p.title, reason: err.message }, "demo position kept as a draft vacancy");
    }
  }
  deps.logger.info({ published, drafts }, "demo vacancies created");
  return { published, drafts };
}
