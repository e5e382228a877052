import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { z } from "zod";
import { Problem } from "./problem.js";
import type { RegisteredRoute } from "./route.js";

const problemResponses = (route: RegisteredRoute) => {
  const out: Record<string, { description: string; content: Record<string, { schema: z.ZodType }> }> = {};
  const add = (status: number, description: string) =>
    (out[status] = { description, content: { "application/problem+json": { schema: Problem } } });
  add(400, "Malformed input; `errors` names each field");
  if (route.access !== "public") {
    add(401, "Missing or invalid bearer token");
    add(403, "The token's role may not call this endpoint");
  } else if (route.path.startsWith("/v1/")) add(429, "Rate limited");
  return out;
};

/** OpenAPI 3.1, generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(routes: RegisteredRoute[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, "{$1}");
    const content: Record<string, { schema: z.ZodType }> = {};
    if (route.body) content["application/json"] = { schema: route.body };
    for (const [type, schema] of Object.entries(route.bodyContentTypes ?? {})) content[type] = { schema };
    const operation: ZodOpenApiOperationObject = {
      summary: route.summary,
      tags: route.tags,
      ...(route.access === "public" ? { security: [] } : {}),
      requestParams: {
        ...(route.params ? { path: route.params as never } : {}),
        ...(route.query ? { query: route.query as never } : {}),
        ...(route.headers ? { header: route.headers as never } : {}),
      },
      ...(Object.keys(content).length ? { requestBody: { content } } : {}),
      responses: {
        ...problemResponses(route),
        ...Object.fromEntries(
          Object.entries(route.responses).map(([status, r]) => [
            status,
            { description: r.description, ...(r.schema ? { content: { [r.contentType ?? "application/json"]: { schema: r.schema } } } : {}) },
          ]),
        ),
      },
    };
    paths[path] = { ...(paths[path] ?? {}), [route.method]: operation };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Job board API",
      version: "1.0.0",
      description: "Import position descriptions, publish vacancies, search the board, and rank applicants with an explainable match score.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "admin token, recruiter key or candidate token" } },
    },
    security: [{ bearer: [] }],
    paths,
  });
}
