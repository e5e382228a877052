import { findOrganizationBySlug } from "../../db/organization.repository.js";
import { searchVacancies, type SearchDeps, type VacancySearchResult } from "../../search/vacancy-search.js";
import type { VacancySearchQuery } from "../../search/vacancy-query.js";
import { NotFound } from "../errors.js";

/** The whole board. */
export function searchJobs(deps: SearchDeps, query: Omit<VacancySearchQuery, "organizationId">): Promise<VacancySearchResult> {
  return searchVacancies(deps, query);
}

/** One organization's careers page: the organization is resolved here, so its filter never comes from the caller's text. */
export async function searchBoard(deps: SearchDeps, orgSlug: string, query: Omit<VacancySearchQuery, "organizationId">): Promise<VacancySearchResult> {
  const org = await findOrganizationBySlug(deps.db, orgSlug);
  if (!org) throw new NotFound("organization");
  const { organization: _ignored, ...filters } = query.filters;
  return searchVacancies(deps, { ...query, filters, organizationId: org.id });
}
