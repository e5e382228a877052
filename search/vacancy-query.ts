import type { SearchParams } from "meilisearch";
import { openDocumentFilter } from "../db/vacancy-open.js";
import { foldForSearch } from "../server/text/fold.js";
import { equals } from "./filter-expressions.js";
import { filterExpressions, type FilterValues } from "./vacancy-filters.js";
import { hitAttributes } from "./vacancy-hit.js";
import { facetFields } from "./vacancy-index.js";

export { quote } from "./filter-expressions.js";

export type VacancySearchQuery = {
  q?: string;
  filters: FilterValues;
  /** Set by the server from a resolved organization, never from the caller's text. */
  organizationId?: string;
  sort: "relevance" | "newest";
  page: number;
  pageSize: number;
};

/** Filter expressions from the filter table and quoted values only; `now` hides vacancies past their closing time. */
export function buildFilter(query: Pick<VacancySearchQuery, "filters" | "organizationId">, now: Date): string[] {
  const filter = [openDocumentFilter(now)];
  if (query.organizationId !== undefined) filter.push(equals("organizationId", query.organizationId));
  return [...filter, ...filterExpressions(query.filters)];
}

export const HIGHLIGHT_PRE = "\u0001";
export const HIGHLIGHT_POST = "\u0002";

export function buildSearchParams(query: VacancySearchQuery, now: Date): SearchParams {
  return {
    filter: buildFilter(query, now),
    facets: [...facetFields],
    page: query.page,
    hitsPerPage: query.pageSize,
    sort: query.sort === "newest" ? ["publishedAtTs:desc"] : undefined,
    // "all": every query word must match, so dropping words cannot hide a folding problem.
    matchingStrategy: "all",
    attributesToRetrieve: [...hitAttributes],
    attributesToHighlight: ["titleSearch", "departmentSearch"],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
}

/** The query text, folded like the indexed text so either script finds both. */
export function foldQuery(q: string | undefined): string {
  return q === undefined ? "" : foldForSearch(q).trim();
}
