import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const expectProblem = (res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
};

describe("health", () => {
  it("answers /healthz and /readyz when both services are up", async () => {
    expect((await ctx.request().get("/healthz")).status).toBe(200);
    const ready = await ctx.request().get("/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ postgres: "up", meilisearch: "up" });
  });

  it("puts a request id on every response, reusing a safe incoming one", async () => {
    const fresh = await ctx.request().get("/healthz");
    expect(fresh.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await ctx.request().get("/nowhere").set("X-Request-Id", "abc12345-trace");
    expect(echoed.headers["x-request-id"]).toBe("abc12345-trace");
    const unsafe = await ctx.request().get("/healthz").set("X-Request-Id", "bad id\twith spaces");
    expect(unsafe.headers["x-request-id"]).not.toContain(" ");
  });
});

describe("problem+json", () => {
  it("answers an unknown route with a 404 problem", async () => {
    const res = await ctx.request().get("/v1/no-such-thing");
    expectProblem(res, 404);
  });

  it("answers malformed JSON with 400 naming the body", async () => {
    const res = await ctx.request().post("/v1/organizations").set(bearer(ctx.adminToken)).set("Content-Type", "application/json").send("{not json");
    expectProblem(res, 400);
    expect(res.body.errors[0].path).toBe("(body)");
  });

  it("names each invalid and each unknown field", async () => {
    const res = await ctx.request().post("/v1/organizations").set(bearer(ctx.adminToken)).send({ name: "", slug: "Bad Slug", plan: "gold" });
    expectProblem(res, 400);
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(["name", "plan", "slug"]);
  });

  it("refuses a JSON body over 1 MB with 413", async () => {
    const res = await ctx.request().post("/v1/organizations").set(bearer(ctx.adminToken)).send({ name: "x".repeat(1_100_000), slug: "big" });
    expectProblem(res, 413);
  });

  it("refuses a NUL character in a path, a query or a body with 400 naming the field, never a 500", async () => {
    // PostgreSQL's text cannot hold U+0000: each of these reached a query and failed it.
    const org = await buildOrganization(ctx);
    const vacancy = await ctx.request().get("/v1/jobs/%00");
    expectProblem(vacancy, 400);
    expect(vacancy.body.errors).toEqual([{ path: "params.idOrSlug", message: "must not contain a NUL character" }]);
    expectProblem(await ctx.request().get("/v1/boards/a%00b/vacancies"), 400);
    const searched = await ctx.request().get("/v1/jobs?q=%E4%BC%9A%00");
    expectProblem(searched, 400);
    expect(searched.body.errors[0].path).toBe("query.q");
    const named = await ctx.request().post("/v1/organizations").set(bearer(ctx.adminToken)).send({ name: "Acme\u0000", slug: "acme-nul" });
    expectProblem(named, 400);
    expect(named.body.errors).toEqual([{ path: "name", message: "must not contain a NUL character" }]);
    const text = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).send({ text: "岗位：会计\u0000\n要求：本科" });
    expectProblem(text, 400);
    expect(text.body.errors).toEqual([{ path: "text", message: "must not contain a NUL character" }]);
  });

  it("answers a careers page whose slug holds a NUL with the careers 404 page", async () => {
    for (const path of ["/jobs/%00", "/careers/a%00"]) {
      const res = await ctx.request().get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
    }
  });

  it("refuses a non-JSON body with 415", async () => {
    const res = await ctx.request().post("/v1/organizations").set(bearer(ctx.adminToken)).set("Content-Type", "text/plain").send("name=x");
    expectProblem(res, 415);
  });
});

describe("auth", () => {
  it("requires a token for admin endpoints (401)", async () => {
    const res = await ctx.request().post("/v1/organizations").send({ name: "A", slug: "a-org" });
    expectProblem(res, 401);
  });

  it("rejects an unknown token (401) and a malformed header (401)", async () => {
    expectProblem(await ctx.request().post("/v1/organizations").set(bearer("rk_AAAAAAAAAAAA." + "A".repeat(43))).send({}), 401);
    expectProblem(await ctx.request().post("/v1/organizations").set("Authorization", "Basic abc").send({}), 401);
  });

  it("refuses a recruiter key on admin endpoints (403)", async () => {
    const org = await buildOrganization(ctx);
    const res = await ctx.request().post("/v1/organizations").set(bearer(org.apiKey)).send({ name: "B", slug: "b-org" });
    expectProblem(res, 403);
  });
});

describe("organizations", () => {
  it("creates an organization and shows its recruiter key once", async () => {
    const res = await ctx.request().post("/v1/organizations").set(bearer(ctx.adminToken)).send({ name: "Acme 有限公司", slug: "acme" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), slug: "acme", name: "Acme 有限公司", apiKey: expect.stringMatching(/^rk_/) });
    const stored = await ctx.deps.db.selectFrom("api_keys").select(["lookup", "secret_hash"]).execute();
    for (const key of stored) expect(res.body.apiKey).not.toContain(key.secret_hash);
  });

  it("answers a duplicate slug with 409", async () => {
    await buildOrganization(ctx, { slug: "dup-slug" });
    const res = await ctx.request().post("/v1/organizations").set(bearer(ctx.adminToken)).send({ name: "Again", slug: "dup-slug" });
    expectProblem(res, 409);
    expect(res.body.errors).toEqual([{ path: "slug", message: "already taken" }]);
  });
});

describe("openapi", () => {
  it("documents the routes with their request schemas", async () => {
    const res = await ctx.request().get("/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const op = res.body.paths["/v1/organizations"].post;
    expect(op.requestBody.content["application/json"].schema).toBeDefined();
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["201", "400", "401", "403", "409"]));
  });

  it("is a valid OpenAPI 3.1 document covering every contract path", async () => {
    const res = await ctx.request().get("/openapi.json");
    const validator = new Validator();
    const result = await validator.validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        "/v1/organizations", "/v1/positions/parse", "/v1/positions/import", "/v1/positions", "/v1/positions/{id}",
        "/v1/vacancies", "/v1/vacancies/{id}", "/v1/vacancies/{id}/publish", "/v1/vacancies/{id}/close",
        "/v1/vacancies/{id}/applications", "/v1/vacancies/{id}/matches", "/v1/applications/{id}", "/v1/match",
        "/v1/boards/{orgSlug}/vacancies", "/v1/jobs", "/v1/jobs/{idOrSlug}", "/v1/jobs/{id}/applications",
        "/v1/candidates", "/v1/candidates/{id}", "/v1/candidates/{id}/recommendations",
      ]),
    );
  });

  it("serves an interactive reference at /docs", async () => {
    const res = await ctx.request().get("/docs/");
    expect(res.status).toBe(200);
    expect(res.text).toContain("swagger-ui");
  });
});

describe("CORS and headers", () => {
  it("lets any origin call the API without credentials, with helmet's headers", async () => {
    const res = await ctx.request().get("/healthz").set("Origin", "https://careers.example.com");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.headers["access-control-allow-credentials"]).toBeUndefined();
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });
});
