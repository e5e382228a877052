import type { z } from "zod";
import type { Deps } from "../../deps.js";
import { searchBoard, searchJobs } from "../../vacancies/job-board.service.js";
import { getPublicVacancy } from "../../vacancies/job-page.js";
import type { ApiRouter } from "../route.js";
import { searchSyncDeps } from "../../sync-wiring.js";
import { pickFilters } from "../../../search/vacancy-filters.js";
import { BoardParams, BoardQuery, IdOrSlugParams, JobsQuery, PublicVacancy, VacancySearchResult } from "./jobs.schema.js";

function toSearchQuery(q: z.output<typeof JobsQuery>) {
  return { q: q.q, filters: pickFilters(q), sort: q.sort, page: q.page, pageSize: q.pageSize };
}

export function jobRoutes(api: ApiRouter, deps: Pick<Deps, "db" | "meili" | "now" | "config">): void {
  const tags = ["Public"];
  const search = searchSyncDeps(deps);
  api.add(
    {
      method: "get", path: "/v1/jobs", summary: "Search published vacancies across the board, in either script", tags, access: "public",
      query: JobsQuery,
      responses: {
        200: { description: "A page of hits with facet counts", schema: VacancySearchResult },
        400: { description: "Unknown parameter or value" },
        503: { description: "The search engine is unavailable; retry shortly" },
      },
    },
    async ({ query }) => ({ status: 200, body: await searchJobs(search, toSearchQuery(query)) }),
  );
  api.add(
    {
      method: "get", path: "/v1/boards/:orgSlug/vacancies", summary: "Search one organization's published vacancies (its careers page)", tags, access: "public",
      params: BoardParams, query: BoardQuery,
      responses: {
        200: { description: "A page of hits with facet counts", schema: VacancySearchResult },
        404: { description: "Unknown organization" },
        503: { description: "The search engine is unavailable; retry shortly" },
      },
    },
    async ({ params, query }) => ({ status: 200, body: await searchBoard(search, params.orgSlug, toSearchQuery(query)) }),
  );
  api.add(
    {
      method: "get", path: "/v1/jobs/:idOrSlug", summary: "A published vacancy with its position's details and schema.org JSON-LD", tags, access: "public",
      params: IdOrSlugParams,
      responses: { 200: { description: "The vacancy", schema: PublicVacancy }, 404: { description: "Unknown, draft or closed" } },
    },
    async ({ params }) => ({ status: 200, body: await getPublicVacancy(deps, params.idOrSlug) }),
  );
}
