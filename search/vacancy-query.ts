import type { SearchParams } from "meilisearch";
import { foldForSearch } from "../server/text/fold.js";
import { facetFields } from "./vacancy-index.js";

/** The only fields a caller may filter on, mapped to their index attributes. */
export const filterFields = {
  organization: "organizationSlug",
  department: "department",
  location: "location",
  educationLevel: "educationLevel",
  employmentType: "employmentType",
} as const;
export type FilterName = keyof typeof filterFields;

export type VacancySearchQuery = {
  q?: string;
  filters: Partial<Record<FilterName, string>>;
  /** Set by the server from a resolved organization, never from the caller's text. */
  organizationId?: string;
  sort: "relevance" | "newest";
  page: number;
  pageSize: number;
};

/** A value as a Meilisearch string literal: double-quoted, with backslashes and quotes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Filter expressions built from allow-listed attributes and quoted values only; `now` hides vacancies past their closing time. */
export function buildFilter(query: Pick<VacancySearchQuery, "filters" | "organizationId">, now: Date): string[] {
  const filter = [`(closesAtTs IS NULL OR closesAtTs > ${Math.floor(now.getTime())})`];
  if (query.organizationId !== undefined) filter.push(`organizationId = ${quote(query.organizationId)}`);
  for (const [name, value] of Object.entries(query.filters) as [FilterName, string | undefined][]) {
    const attribute = filterFields[name];
    if (attribute === undefined || value === undefined) continue;
    filter.push(`${attribute} = ${quote(value)}`);
  }
  return filter;
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
    attributesToHighlight: ["titleSearch", "departmentSearch"],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
}

/** The query text, folded like the indexed text so either script finds both. */
export function foldQuery(q: string | undefined): string {
  return q === undefined ? "" : foldForSearch(q).trim();
}
