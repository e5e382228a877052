import type { Deps } from "../../deps.js";
import {
  createPosition,
  deletePosition,
  getPosition,
  listPositions,
  updatePosition,
} from "../../positions/position.service.js";
import { orgOf } from "../../auth/principal.js";
import type { ApiRouter } from "../route.js";
import { IdParams, Pagination, paginated } from "./common.schema.js";
import { CreatePositionBody, PatchPositionBody, StoredPosition } from "./positions.schema.js";

export function positionRoutes(api: ApiRouter, deps: Pick<Deps, "db">): void {
  const tags = ["Positions"];
  api.add(
    {
      method: "post", path: "/v1/positions", summary: "Create a position from JSON", tags, access: "recruiter",
      body: CreatePositionBody,
      responses: { 201: { description: "Created", schema: StoredPosition } },
    },
    async ({ body, principal }) => ({ status: 201, body: await createPosition(deps.db, orgOf(principal), body) }),
  );
  api.add(
    {
      method: "get", path: "/v1/positions", summary: "List the organization's positions", tags, access: "recruiter",
      query: Pagination,
      responses: { 200: { description: "A page of positions", schema: paginated(StoredPosition) } },
    },
    async ({ query, principal }) => ({ status: 200, body: await listPositions(deps.db, orgOf(principal), query) }),
  );
  api.add(
    {
      method: "get", path: "/v1/positions/:id", summary: "Get a position", tags, access: "recruiter",
      params: IdParams,
      responses: { 200: { description: "The position", schema: StoredPosition }, 404: { description: "Unknown or another organization's" } },
    },
    async ({ params, principal }) => ({ status: 200, body: await getPosition(deps.db, orgOf(principal), params.id) }),
  );
  api.add(
    {
      method: "patch", path: "/v1/positions/:id", summary: "Change some fields of a position", tags, access: "recruiter",
      params: IdParams, body: PatchPositionBody,
      responses: {
        200: { description: "The updated position", schema: StoredPosition },
        404: { description: "Unknown" },
        422: { description: "The position has published vacancies and the change adds a requirement that may not be published; nothing was changed" },
      },
    },
    async ({ params, body, principal }) => ({ status: 200, body: await updatePosition(deps.db, orgOf(principal), params.id, body) }),
  );
  api.add(
    {
      method: "delete", path: "/v1/positions/:id", summary: "Delete a position without vacancies", tags, access: "recruiter",
      params: IdParams,
      responses: { 204: { description: "Deleted" }, 404: { description: "Unknown" }, 409: { description: "It has vacancies" } },
    },
    async ({ params, principal }) => {
      await deletePosition(deps.db, orgOf(principal), params.id);
      return { status: 204 };
    },
  );
}
