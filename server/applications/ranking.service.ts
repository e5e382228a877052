import type { ApplicationStage } from "../../db/database.js";
import type { Db } from "../../db/db.js";
import { listRankedApplications, rankKeyOf, type RankKey } from "../../db/application.repository.js";
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

/** A page by number, or (with `after`) the page that starts after that row's key and carries that number. */
type Page<K> = { page: number; pageSize: number; after?: K | undefined };
type Paged<T, K> = { items: T[]; page: number; pageSize: number; total: number; nextKey: K | null };
export type RankedFilters = { stage?: ApplicationStage; minScore?: number; qualified?: boolean };

/** The vacancy's applicants, qualified first then by score, each with its stored MatchResult. */
export async function listVacancyApplications(
  db: Db,
  organizationId: string,
  vacancyId: string,
  filters: RankedFilters,
  page: Page<RankKey>,
  opts: { locale: Locale; now: Date },
): Promise<Paged<Application & ProfileSource & { candidate: CandidateSummary }, RankKey>> {
  const vacancy = await findOrgVacancyForMatching(db, organizationId, vacancyId);
  if (!vacancy) throw new NotFound("vacancy");
  // One row more than the page says whether there is a next one.
  const window = page.after ? { limit: page.pageSize + 1, after: page.after } : { limit: page.pageSize + 1, offset: (page.page - 1) * page.pageSize };
  const { rows: found, total } = await listRankedApplications(db, vacancyId, filters, window);
  const rows = found.slice(0, page.pageSize);
  const sources = await profileSources(db, rows);
  const items = rows.map((row) => ({
    ...applicationRowToApplication(row, opts.locale),
    ...sources(row),
    candidate: candidateSummary(row.profile, opts.now, { contact: true }),
  }));
  const nextKey = found.length > page.pageSize ? rankKeyOf(rows[rows.length - 1]!) : null;
  return { items, page: page.page, pageSize: page.pageSize, total, nextKey };
}

// How many talent-pool documents retrieval hands to the reranker; pages beyond it are empty.
const poolLimit = 300;

/** Where a talent-pool match sits in its order; a cursor page starts after one. */
export type TalentKey = { qualified: boolean; score: number; relevance: number; id: string };

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
  page: Page<TalentKey>,
  opts: { locale: Locale; now: Date },
): Promise<Paged<TalentMatch, TalentKey>> {
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
    .sort(byTalentRank);
  // The order is computed here, not by the index, so a cursor resumes after its key in this order.
  const { after } = page;
  const start = after
    ? indexAfter(ranked, { id: after.id, match: { qualified: after.qualified, score: after.score }, relevance: after.relevance })
    : (page.page - 1) * page.pageSize;
  const slice = ranked.slice(start, start + page.pageSize);
  const items = slice.map((r) => ({
    candidateId: r.id,
    match: r.match,
    candidate: candidateSummary(r.profile, opts.now, { contact: false }),
  }));
  const last = slice[slice.length - 1];
  const nextKey =
    last && start + slice.length < ranked.length
      ? { qualified: last.match.qualified, score: last.match.score, relevance: last.relevance, id: last.id }
      : null;
  return { items, page: page.page, pageSize: page.pageSize, total: ranked.length, nextKey };
}

type Ranked = { id: string; match: { qualified: boolean; score: number }; relevance: number };
const byTalentRank = (a: Ranked, b: Ranked) => byRank(a, b, (x) => x.relevance);

/** Index of the first entry ranked after `key` (the list's length when none is). */
function indexAfter(ranked: readonly Ranked[], key: Ranked): number {
  const at = ranked.findIndex((entry) => byTalentRank(entry, key) > 0);
  return at === -1 ? ranked.length : at;
}
