import type { Deps } from "../../deps.js";
import { createOrganization } from "../../organizations/organization.service.js";
import type { ApiRouter } from "../route.js";
import { CreateOrganizationBody, OrganizationCreated } from "./organizations.schema.js";

export function organizationRoutes(api: ApiRouter, deps: Pick<Deps, "db">): void {
  api.add(
    {
      method: "post",
      path: "/v1/organizations",
      summary: "Create an organization and its first recruiter key (shown only in this response)",
      tags: ["Admin"],
      access: "admin",
      body: CreateOrganizationBody,
      responses: { 201: { description: "Created", schema: OrganizationCreated }, 409: { description: "Slug already taken" } },
    },
    async ({ body }) => ({ status: 201, body: await createOrganization(deps.db, body) }),
  );
}
