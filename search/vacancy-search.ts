import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type Meilisearch } from "meilisearch";
import type { Db } from "../db/db.js";
import { publishedAmong } from "../db/vacancy.repository.js";
import { isIndexNotFound } from "./tasks.js";
import type { VacancyDocument } from "./vacancy-document.js";
import { emptyFacets, facetAttributes } from "./vacancy-filters.js";
import { toHit, type FormattedDoc, type VacancyHit } from "./vacancy-hit.js";

export type { VacancyHit } from "./vacancy-hit.js";
import { vacancyIndexName } from "./vacancy-index.js";
import { ServiceUnavailable } from "../server/errors.js";
import { buildSearchParams, foldQuery, type VacancySearchQuery } from "./vacancy-query.js";

/** The search engine cannot answer right now (down, restarting, overloaded); the caller may retry. */
export class SearchUnavailable extends ServiceUnavailable {
  constructor(cause: unknown) {
    super("search is temporarily unavailable", cause);
  }
}

const isOutage = (err: unknown) =>
  err instanceof MeilisearchRequestError ||
  err instanceof MeilisearchRequestTimeOutError ||
  (err instanceof MeilisearchApiError && err.response.status >= 500);

export type SearchDeps = { db: Db; meili: Meilisearch; indexPrefix: string; now: () => Date };

export type VacancySearchResult = {
  items: VacancyHit[];
  page: number;
  pageSize: number;
  total: number;
  facets: Record<string, Record<string, number>>;
};

// One organization's board has no use for an organization facet.
const facetsOf = (query: VacancySearchQuery) => emptyFacets(query.organizationId === undefined ? "jobs" : "board");

/**
 * Searches published vacancies. Hits are re-checked against the database, so a vacancy closed a
 * moment ago is not shown even while its search document is still being removed.
 */
export async function searchVacancies(deps: SearchDeps, query: VacancySearchQuery): Promise<VacancySearchResult> {
  const now = deps.now();
  const empty: VacancySearchResult = { items: [], page: query.page, pageSize: query.pageSize, total: 0, facets: {} };
  let res;
  try {
    res = await deps.meili.index<VacancyDocument>(vacancyIndexName(deps.indexPrefix)).search(foldQuery(query.q), buildSearchParams(query, now));
  } catch (err) {
    // Nothing was ever published (or the index is being rebuilt from nothing): an empty board.
    if (isIndexNotFound(err)) return { ...empty, facets: facetsOf(query) };
    throw isOutage(err) ? new SearchUnavailable(err) : err;
  }
  const hits = res.hits as FormattedDoc[];
  const live = await publishedAmong(deps.db, hits.map((h) => h.id), now);
  const facets = facetsOf(query);
  for (const { name, attribute } of facetAttributes) {
    const counts = res.facetDistribution?.[attribute];
    if (counts && name in facets) facets[name] = counts;
  }
  return {
    items: hits.filter((h) => live.has(h.id)).map(toHit),
    page: query.page,
    pageSize: query.pageSize,
    total: Math.max(0, ((res as { totalHits?: number }).totalHits ?? hits.length) - (hits.length - live.size)),
    facets,
  };
}
