import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type Meilisearch } from "meilisearch";
import type { Db } from "../db/db.js";
import { possiblyStaleVacancyIds, publishedAmong } from "../db/vacancy.repository.js";
import { readAfterCall } from "./read-after-call.js";
import { searchIndex } from "./search-request.js";
import { isIndexNotFound } from "./tasks.js";
import type { VacancyDocument } from "./vacancy-document.js";
import { emptyFacets, facetAttributes } from "./vacancy-filters.js";
import { toHit, type FormattedDoc, type VacancyHit } from "./vacancy-hit.js";

export type { VacancyHit } from "./vacancy-hit.js";
import { vacancyIndexName } from "./vacancy-index.js";
import { ServiceUnavailable } from "../server/errors.js";
import { buildSearchParams, foldQuery, type VacancySearchQuery } from "./vacancy-query.js";
import type { SearchTopics } from "./vacancy-sync.js";

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

/** `topics.vacancySync`: the outbox topic whose pending messages mean a vacancy's document may be stale. */
export type SearchDeps = { db: Db; meili: Meilisearch; indexPrefix: string; now: () => Date; topics: Pick<SearchTopics, "vacancySync"> };

// More vacancies awaiting sync than this (a catch-up) and every hit is checked instead.
const staleListLimit = 200;

// One shared reader per database, topic and clock: concurrent searches share one query (read-after-call.ts).
type StaleReader = { now: () => Date; read: () => Promise<Set<string> | null> };
const staleReaders = new WeakMap<Db, Map<string, StaleReader>>();
function staleReader(deps: SearchDeps): () => Promise<Set<string> | null> {
  const byTopic = staleReaders.get(deps.db) ?? new Map<string, StaleReader>();
  staleReaders.set(deps.db, byTopic);
  let reader = byTopic.get(deps.topics.vacancySync);
  if (reader?.now !== deps.now) {
    // The clock is read when the query starts: never earlier than any waiting caller's own `now`, so
    // the list can only be longer (more hits checked), never miss a vacancy that closed.
    const { db, now, topics } = deps;
    reader = { now, read: readAfterCall(() => possiblyStaleVacancyIds(db, topics.vacancySync, now(), staleListLimit)) };
    byTopic.set(topics.vacancySync, reader);
  }
  return reader.read;
}

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
 * Searches published vacancies. A vacancy closed a moment ago is not shown even while its search
 * document is still being removed: the database names the vacancies whose documents may be stale
 * (awaiting sync, or past their closing time) in a query that runs alongside the search, so the
 * search waits on one round trip, not two; only hits among those are checked one query further.
 * Searches that arrive together share that query, which always starts after they arrived.
 */
export async function searchVacancies(deps: SearchDeps, query: VacancySearchQuery): Promise<VacancySearchResult> {
  const now = deps.now();
  const empty: VacancySearchResult = { items: [], page: query.page, pageSize: query.pageSize, total: 0, facets: {} };
  const stale = staleReader(deps)();
  // Settled either way before this function returns, so a failure is never left unhandled.
  stale.catch(() => undefined);
  let res;
  try {
    res = await searchIndex<VacancyDocument>(deps.meili, vacancyIndexName(deps.indexPrefix), foldQuery(query.q), buildSearchParams(query, now));
  } catch (err) {
    await stale.catch(() => undefined);
    // Nothing was ever published (or the index is being rebuilt from nothing): an empty board.
    if (isIndexNotFound(err)) return { ...empty, facets: facetsOf(query) };
    throw isOutage(err) ? new SearchUnavailable(err) : err;
  }
  const hits = res.hits as FormattedDoc[];
  const live = await liveAmong(deps, hits, await stale, now);
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

/** Which hits are open: all but those the database named as possibly stale and no longer finds open. */
async function liveAmong(deps: SearchDeps, hits: readonly FormattedDoc[], stale: Set<string> | null, now: Date): Promise<Set<string>> {
  const ids = hits.map((h) => h.id);
  const doubtful = stale === null ? ids : ids.filter((id) => stale.has(id));
  if (doubtful.length === 0) return new Set(ids);
  const open = await publishedAmong(deps.db, doubtful, now);
  return new Set(ids.filter((id) => open.has(id) || !doubtful.includes(id)));
}
