import type { ApplicationStage } from "../../db/database.js";
import type { Db } from "../../db/db.js";
import { listRankedApplications } from "../../db/application.repository.js";
import { findCandidates } from "../../db/candidate.repository.js";
import { findOrgVacancyForMatching } from "../../db/vacancy-matching.repository.js";
import { retrieveCandidateIds } from "../../search/candidate-index.js";
import type { CandidateDeps } from "../candidates/candidate.service.js";
import { NotFound } from "../errors.js";
import { profileSources, type ProfileSource } from "./profile-source.js";
import type { MatchResult } from "../matching/match.schema.js";
import { levelRank } from "../matching/score-education.js";
import { scoreMatch, type Locale } from "../matching/score.js";
import { applicationRowToApplication, type Application } from "./application.service.js";
import { byRank, candidateSummary, relevanceToRole, type CandidateSummary } from "./candidate-summary.js";

type Page = { page: number; pageSize: number };
export type RankedFilters = { stage?: ApplicationStage; minScore?: number; qualified?: boolean };

/** The vacancy's applicants, qualified first then by score, each with its stored MatchResult. */
export async function listVacancyApplications(
  db: Db,
  organizationId: string,
  vacancyId: string,
  filters: RankedFilters,
  page: Page,
  opts: { locale: Locale; now: Date },
): Promise<{ items: (Application & ProfileSource & { candidate: CandidateSummary })[]; page: number; pageSize: number; total: number }> {
  const vacancy = await findOrgVacancyForMatching(db, organizationId, vacancyId);
  if (!vacancy) throw new NotFound("vacancy");
  const { rows, total } = await listRankedApplications(db, vacancyId, filters, { limit: page.pageSize, offset: (page.page - 1) * page.pageSize });
  const sources = await profileSources(db, rows);
  const items = rows.map((row) => ({
    ...applicationRowToApplication(row, opts.locale),
    ...sources(row),
    candidate: candidateSummary(row.profile, opts.now, { contact: true }),
  }));
  return { items, page: page.page, pageSize: page.pageSize, total };
}

// How many talent-pool documents retrieval hands to the reranker; pages beyond it are empty.
const poolLimit = 300;

export type TalentMatch = { candidateId: string; match: MatchResult; candidate: CandidateSummary };

/**
 * Discoverable candidates of the whole board ranked for one of the organization's vacancies: the
 * private index retrieves by the role's terms, the database confirms each is still discoverable
 * (the index may lag an opt-out), and the scoring engine orders them.
 */
export async function matchTalentPool(
  deps: Pick<CandidateDeps, "db" | "meili" | "config">,
  organizationId: string,
  vacancyId: string,
  page: Page,
  opts: { locale: Locale; now: Date },
): Promise<{ items: TalentMatch[]; page: number; pageSize: number; total: number }> {
  const vacancy = await findOrgVacancyForMatching(deps.db, organizationId, vacancyId);
  if (!vacancy) throw new NotFound("vacancy");
  const req = vacancy.requirements;
  const terms = [
    ...[...req.skills, ...req.languages, ...req.certifications].map((item) => item.name),
    ...req.education.majors,
    ...req.experience.fields,
    vacancy.title,
  ];
  // One level of slack: a candidate just below the minimum is ranked (unqualified) rather than hidden.
  const minRank = req.education.minLevel === null ? null : Math.max(0, levelRank(req.education.minLevel) - 1);
  const ids = await retrieveCandidateIds(deps.meili, deps.config.indexPrefix, { terms, minEducationRank: minRank, limit: poolLimit });
  const rows = (await findCandidates(deps.db, ids)).filter((row) => row.discoverable);
  const ranked = rows
    .map((row) => {
      const match = scoreMatch(row.profile, req, { asOf: opts.now, weights: vacancy.weights ?? undefined, locale: opts.locale });
      return { id: row.id, match, profile: row.profile, relevance: relevanceToRole(row.profile, vacancy.title, match) };
    })
    .sort((a, b) => byRank(a, b, (x) => x.relevance));
  const start = (page.page - 1) * page.pageSize;
  const items = ranked.slice(start, start + page.pageSize).map((r) => ({
    candidateId: r.id,
    match: r.match,
    candidate: candidateSummary(r.profile, opts.now, { contact: false }),
  }));
  return { items, page: page.page, pageSize: page.pageSize, total: ranked.length };
}
