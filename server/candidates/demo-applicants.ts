import type { Logger } from "pino";
import type { Db } from "../../db/db.js";
import { openVacanciesOfOrganization } from "../../db/vacancy-matching.repository.js";
import { applyToVacancy } from "../applications/application.service.js";
import { familyOfTitle } from "../demo/data/role-families.js";
import { seededRandom } from "../demo/random.js";
import { syntheticCandidate, type Fit } from "../demo/synthetic-candidates.js";
import type { Requirements } from "../positions/position.schema.js";
import { toSimplified } from "../text/fold.js";
import { detectScript } from "../text/script.js";

/** Each demo vacancy gets this spread, so its ranking shows a strong fit, near misses and a stranger. */
export const demoFits: readonly Fit[] = ["strong", "good", "partial", "partial", "weak", "unrelated"];

function hasRequirements(req: Requirements): boolean {
  const { education: e, experience: x } = req;
  return e.minLevel !== null || e.majors.length > 0 || x.minYears !== null || x.management || req.skills.length + req.languages.length + req.certifications.length > 0;
}

export type DemoApplicant = { applicationId: string; vacancyId: string; fit: Fit };

/**
 * Applies generated applicants (synthetic-candidates.ts: real-looking names, employers, dates and the
 * words people use for skills) to the first open vacancies of the organization, through the same apply
 * path the public uses, so each is scored as a real application would be.
 */
export async function seedDemoApplicants(
  deps: { db: Db; logger: Logger; now: () => Date },
  organizationId: string,
  opts: { vacancies?: number; seed?: number } = {},
): Promise<DemoApplicant[]> {
  const now = deps.now();
  const rng = seededRandom(opts.seed ?? 20_261_201);
  // A role whose description yielded no requirements would rank everyone equal: nothing to show there.
  const vacancies = (await openVacanciesOfOrganization(deps.db, organizationId, now, 200)).filter((v) => hasRequirements(v.requirements)).slice(0, opts.vacancies ?? 10);
  const applicants: DemoApplicant[] = [];
  for (const vacancy of vacancies) {
    const target = { requirements: vacancy.requirements, family: familyOfTitle(toSimplified(vacancy.title)).key, language: detectScript(vacancy.title) };
    for (const fit of demoFits) {
      const candidate = syntheticCandidate(rng, target, fit, now, applicants.length + 1);
      const { body } = await applyToVacancy(deps.db, vacancy.id, { candidate, consent: true }, { now });
      applicants.push({ applicationId: body.applicationId, vacancyId: vacancy.id, fit });
    }
  }
  deps.logger.info({ applicants: applicants.length, vacancies: vacancies.length }, "demo applicants created");
  return applicants;
}
