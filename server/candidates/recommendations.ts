import type { Db } from "../../db/db.js";
import { findCandidate } from "../../db/candidate.repository.js";
import { openVacanciesForCandidate } from "../../db/vacancy-matching.repository.js";
import { byRank, relevanceToRole } from "../applications/candidate-summary.js";
import { NotFound } from "../errors.js";
import type { MatchResult } from "../matching/match.schema.js";
import { highestLevel, levelRank } from "../matching/score-education.js";
import { scoreMatch, type Locale } from "../matching/score.js";

// How many open vacancies the reranker scores per request (newest first after the education filter).
const retrieveLimit = 500;

export type Recommendation = {
  vacancy: {
    id: string; slug: string; title: string; department: string | null; location: string | null;
    employmentType: string | null; publishedAt: string | null; organization: { slug: string; name: string };
  };
  match: MatchResult;
};

/**
 * Open vacancies ranked for the candidate: retrieved from the database with a filter derived from the
 * profile (education minimum at most one level above theirs), then reranked by the scoring engine,
 * qualified first, then by score, then by relevance.
 */
export async function recommendVacancies(
  db: Db,
  callerId: string,
  id: string,
  page: { page: number; pageSize: number },
  opts: { locale: Locale; now: Date },
): Promise<{ items: Recommendation[]; page: number; pageSize: number; total: number }> {
  const row = callerId === id ? await findCandidate(db, id) : undefined;
  if (!row) throw new NotFound("candidate");
  const level = highestLevel(row.profile.education);
  const vacancies = await openVacanciesForCandidate(db, {
    now: opts.now,
    candidateLevelRank: level === null ? -1 : levelRank(level),
    levelSlack: 1,
    limit: retrieveLimit,
  });
  const ranked = vacancies
    .map((v) => {
      const match = scoreMatch(row.profile, v.requirements, { asOf: opts.now, weights: v.weights ?? undefined, locale: opts.locale });
      return { id: v.id, v, match, relevance: relevanceToRole(row.profile, v.title, match) };
    })
    .sort((a, b) => byRank(a, b, (x) => x.relevance));
  const start = (page.page - 1) * page.pageSize;
  const items = ranked.slice(start, start + page.pageSize).map(({ v, match }) => ({
    vacancy: {
      id: v.id, slug: v.slug, title: v.title, department: v.department, location: v.location, employmentType: v.employment_type,
      publishedAt: v.published_at?.toISOString() ?? null, organization: { slug: v.org_slug, name: v.org_name },
    },
    match,
  }));
  return { items, page: page.page, pageSize: page.pageSize, total: ranked.length };
}
