import type { Db } from "../../db/db.js";
import { findOrgVacancyForMatching } from "../../db/vacancy-matching.repository.js";
import { assertProfileDates } from "../candidates/profile-rules.js";
import { NotFound } from "../errors.js";
import type { CandidateProfile, MatchResult } from "../matching/match.schema.js";
import { scoreMatch, type Locale } from "../matching/score.js";
import type { Requirements } from "../positions/position.schema.js";

/**
 * Scores a profile against one of the organization's vacancies (with its weights) or against inline
 * requirements (default weights). Stores nothing.
 */
export async function adhocMatch(
  db: Db,
  organizationId: string,
  input: { candidate: CandidateProfile; vacancyId?: string; requirements?: Requirements },
  opts: { now: Date; locale: Locale },
): Promise<MatchResult> {
  assertProfileDates(input.candidate, opts.now, "candidate");
  if (input.vacancyId !== undefined) {
    const vacancy = await findOrgVacancyForMatching(db, organizationId, input.vacancyId);
    if (!vacancy) throw new NotFound("vacancy");
    return scoreMatch(input.candidate, vacancy.requirements, { asOf: opts.now, weights: vacancy.weights ?? undefined, locale: opts.locale });
  }
  return scoreMatch(input.candidate, input.requirements!, { asOf: opts.now, locale: opts.locale });
}
