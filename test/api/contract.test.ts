import express from "express";
import supertest from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { errorHandler } from "../../server/http/problem.js";
import { ApiRouter } from "../../server/http/route.js";
import { candidateProfile } from "../helpers/candidate-factories.js";
import { buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

/** A one-route app whose handler sends `body` with `status`, declaring only a 200 `{ count: number }`. */
function appSending(status: number, body: unknown, checkResponses: boolean) {
  const api = new ApiRouter({ checkResponses });
  api.add(
    {
      method: "get", path: "/thing", summary: "a thing", tags: [], access: "public",
      headers: z.object({ "x-count": z.coerce.number().int().min(1) }),
      responses: { 200: { description: "ok", schema: z.object({ count: z.number() }) } },
    },
    ({ headers }) => ({ status, body: body ?? { count: headers["x-count"] } }),
  );
  const app = express();
  app.locals.checkResponses = checkResponses;
  app.use(api.express);
  app.use(errorHandler);
  return supertest(app);
}

describe("the contract is checked both ways", () => {
  it("parses a route's declared request headers with its schema, naming a bad one", async () => {
    expect((await appSending(200, undefined, true).get("/thing").set("X-Count", "3")).body).toEqual({ count: 3 });
    const bad = await appSending(200, undefined, true).get("/thing").set("X-Count", "zero");
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["headers.x-count"]);
  });

  it("refuses a malformed Idempotency-Key through the apply route's header schema", async () => {
    const vacancy = await buildVacancy(ctx, org);
    const res = await ctx.request().post(`/v1/jobs/${vacancy.id}/applications`).set("Idempotency-Key", "has spaces").send({ candidate: candidateProfile(), consent: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: "headers.idempotency-key", message: expect.stringContaining("visible ASCII") }]);
  });

  it("in tests, answers 500 when a body drifts from the declared schema", async () => {
    const drift = await appSending(200, { count: "three" }, true).get("/thing").set("X-Count", "1");
    expect(drift.status).toBe(500);
    expect(drift.body.detail).toBe("GET /thing 200 does not match its declared schema");
    expect(drift.body.errors).toEqual([{ path: "response.count", message: expect.any(String) }]);
    expect((await appSending(200, { count: "three" }, false).get("/thing").set("X-Count", "1")).status).toBe(200);
  });

  it("in tests, answers 500 when a route sends a status it does not declare", async () => {
    const drift = await appSending(201, { count: 1 }, true).get("/thing").set("X-Count", "1");
    expect(drift.status).toBe(500);
    expect(drift.body.detail).toBe("GET /thing answered 201, which its spec does not declare");
  });

  it("the test app checks responses, so every API test checks the contract", () => {
    expect(ctx.app.locals.checkResponses).toBe(true);
  });
});
