import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiRouter } from "../../server/http/route.js";
import { publicRateLimit } from "../../server/http/rate-limit.js";
import { errorHandler } from "../../server/http/problem.js";
import express from "express";
import supertest from "supertest";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ PUBLIC_RATE_LIMIT: "3" });
});
afterAll(() => ctx.close());

describe("public rate limit", () => {
  it("limits public routes per client with standard RateLimit headers and a 429 problem", async () => {
    const api = new ApiRouter({ publicLimiter: publicRateLimit(3) });
    api.add(
      { method: "get", path: "/v1/ping", summary: "ping", tags: [], access: "public", query: z.object({}), responses: { 200: { description: "ok" } } },
      () => ({ status: 200, body: { pong: true } }),
    );
    const app = express().use(api.express).use(errorHandler);
    const statuses: number[] = [];
    let last: supertest.Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await supertest(app).get("/v1/ping");
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers["ratelimit-policy"]).toMatch(/q=3/);
    expect(last!.headers["ratelimit"]).toMatch(/r=0/);
    expect(last!.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("does not limit authenticated routes", async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await ctx.request().post("/v1/organizations").send({})).status);
    expect(statuses.every((s) => s === 401)).toBe(true);
  });

  it("is off when configured as 0", () => {
    expect(publicRateLimit(0)).toBeUndefined();
  });
});
