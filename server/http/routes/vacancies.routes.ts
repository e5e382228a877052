import type { Deps } from "../../deps.js";
import {
  closeVacancy,
  createVacancy,
  getVacancy,
  listVacancies,
  publishVacancy,
  updateVacancy,
} from "../../vacancies/vacancy.service.js";
import type { ApiRouter } from "../route.js";
import { IdParams, paginated } from "./common.schema.js";
import { orgOf } from "../../auth/principal.js";
import {
  CreateVacancyBody,
  ListVacanciesQuery,
  PatchVacancyBody,
  VacancyResponse,
  VacancyWithWarnings,
  VersionBody,
} from "./vacancies.schema.js";

export function vacancyRoutes(api: ApiRouter, deps: Pick<Deps, "db" | "now">): void {
  const tags = ["Vacancies"];
  const notFound = { description: "Unknown or another organization's" };
  api.add(
    {
      method: "post", path: "/v1/vacancies", summary: "Create a vacancy for a position, as a draft or published", tags, access: "recruiter",
      body: CreateVacancyBody,
      responses: {
        201: { description: "Created; `warnings` lists restricted requirements", schema: VacancyWithWarnings },
        422: { description: "Unknown position, a requirement that may not be published, or closesAt in the past" },
      },
    },
    async ({ body, principal }) => ({ status: 201, body: await createVacancy(deps, orgOf(principal), body) }),
  );
  api.add(
    {
      method: "get", path: "/v1/vacancies", summary: "List the organization's vacancies in every status", tags, access: "recruiter",
      query: ListVacanciesQuery,
      responses: { 200: { description: "A page of vacancies", schema: paginated(VacancyResponse) } },
    },
    async ({ query, principal }) => ({ status: 200, body: await listVacancies(deps, orgOf(principal), query) }),
  );
  api.add(
    {
      method: "get", path: "/v1/vacancies/:id", summary: "Get a vacancy", tags, access: "recruiter",
      params: IdParams,
      responses: { 200: { description: "The vacancy", schema: VacancyResponse }, 404: notFound },
    },
    async ({ params, principal }) => ({ status: 200, body: await getVacancy(deps, orgOf(principal), params.id) }),
  );
  api.add(
    {
      method: "patch", path: "/v1/vacancies/:id", summary: "Change posting details; send `version` to guard against lost updates", tags, access: "recruiter",
      params: IdParams, body: PatchVacancyBody,
      responses: { 200: { description: "The updated vacancy", schema: VacancyResponse }, 404: notFound, 409: { description: "`version` is stale" } },
    },
    async ({ params, body, principal }) => ({ status: 200, body: await updateVacancy(deps, orgOf(principal), params.id, body) }),
  );
  api.add(
    {
      method: "post", path: "/v1/vacancies/:id/publish", summary: "Publish a vacancy (idempotent)", tags, access: "recruiter",
      params: IdParams, body: VersionBody,
      responses: {
        200: { description: "Published; `warnings` lists restricted requirements", schema: VacancyWithWarnings },
        404: notFound,
        409: { description: "`version` is stale" },
        422: { description: "The position has a requirement that may not be published (listed in `errors` and `flags`), or closesAt has passed" },
      },
    },
    async ({ params, body, principal }) => ({ status: 200, body: await publishVacancy(deps, orgOf(principal), params.id, body.version) }),
  );
  api.add(
    {
      method: "post", path: "/v1/vacancies/:id/close", summary: "Close a vacancy (idempotent); it leaves search at once", tags, access: "recruiter",
      params: IdParams, body: VersionBody,
      responses: { 200: { description: "Closed", schema: VacancyResponse }, 404: notFound, 409: { description: "`version` is stale" } },
    },
    async ({ params, body, principal }) => ({ status: 200, body: await closeVacancy(deps, orgOf(principal), params.id, body.version) }),
  );
}
