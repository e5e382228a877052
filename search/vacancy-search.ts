import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type Meilisearch } from "meilisearch";
import type { Db } from "../db/db.js";
import { publishedAmong } from "../db/vacancy.repository.js";
import { highlightOriginal } from "./highlight.js";
import { isIndexNotFound } from "./tasks.js";
import type { VacancyDocument } from "./vacancy-document.js";
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

export type VacancyHit = {
  id: string;
  slug: string;
  title: string;
  organization: { slug: string; name: string };
  department: string | null;
  location: string | null;
  educationLevel: string | null;
  minYears: number | null;
  employmentType: string | null;
  publishedAt: string;
  highlight: { title: string; department: string | null };
};

export type VacancySearchResult = {
  items: VacancyHit[];
  page: number;
  pageSize: number;
  total: number;
  facets: Record<string, Record<string, number>>;
};

type FormattedDoc = VacancyDocument & { _formatted?: Partial<Record<keyof VacancyDocument, string>> };

function toHit(doc: FormattedDoc): VacancyHit {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    organization: { slug: doc.organizationSlug, name: doc.organizationName },
    department: doc.department,
    location: doc.location,
    educationLevel: doc.educationLevel,
    minYears: doc.minYears,
    employmentType: doc.employmentType,
    publishedAt: doc.publishedAt,
    highlight: {
      title: highlightOriginal(doc.title, doc._formatted?.titleSearch),
      department: doc.department === null ? null : highlightOriginal(doc.department, doc._formatted?.departmentSearch ?? undefined),
    },
  };
}

const facetNames: Record<string, string> = { organizationSlug: "organization" };

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
    if (isIndexNotFound(err)) return { ...empty, facets: emptyFacets(query) };
    throw isOutage(err) ? new SearchUnavailable(err) : err;
  }
  const hits = res.hits as FormattedDoc[];
  const live = await publishedAmong(deps.db, hits.map((h) => h.id), now);
  const facets = emptyFacets(query);
  for (const [attr, counts] of Object.entries(res.facetDistribution ?? {})) {
    const name = facetNames[attr] ?? attr;
    if (name in facets) facets[name] = counts;
  }
  return {
    items: hits.filter((h) => live.has(h.id)).map(toHit),
    page: query.page,
    pageSize: query.pageSize,
    total: Math.max(0, ((res as { totalHits?: number }).totalHits ?? hits.length) - (hits.length - live.size)),
    facets,
  };
}

function emptyFacets(query: VacancySearchQuery): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = { department: {}, location: {}, educationLevel: {}, employmentType: {} };
  // One organization's board has no use for an organization facet.
  if (query.organizationId === undefined) facets.organization = {};
  return facets;
}
