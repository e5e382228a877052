import { afterAll, beforeAll, describe, expect, it } from "vitest";
import supertest from "supertest";
import { createApp } from "../../server/app.js";
import { publicRateLimit } from "../../server/http/rate-limit.js";
import { bearer, buildOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ PUBLIC_RATE_LIMIT: "3" });
});
afterAll(() => ctx.close());

describe("public rate limit", () => {
  it("limits public endpoints per client, with standard RateLimit headers and a 429 problem", async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await ctx.request().get("/v1/jobs");
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers["ratelimit-policy"]).toMatch(/q=3/);
    expect(last!.headers["ratelimit"]).toMatch(/r=0/);
    expect(last!.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("counts per client address, taken from X-Forwarded-For only behind a trusted proxy", async () => {
    const proxied = await createTestContext({ PUBLIC_RATE_LIMIT: "2", TRUST_PROXY: "loopback" });
    try {
      const from = (ip: string) => proxied.request().get("/v1/jobs").set("X-Forwarded-For", ip);
      expect([(await from("203.0.113.1")).status, (await from("203.0.113.1")).status, (await from("203.0.113.1")).status]).toEqual([200, 200, 429]);
      expect((await from("203.0.113.2")).status).toBe(200);
    } finally {
      await proxied.close();
    }
    // Without a trusted proxy the header is ignored: every request comes from the same loopback client.
    const direct = await createTestContext({ PUBLIC_RATE_LIMIT: "2" });
    try {
      const from = (ip: string) => direct.request().get("/v1/jobs").set("X-Forwarded-For", ip);
      expect([(await from("203.0.113.1")).status, (await from("203.0.113.2")).status, (await from("203.0.113.3")).status]).toEqual([200, 200, 429]);
    } finally {
      await direct.close();
    }
  });

  it("shares one count between API processes", async () => {
    const shared = await createTestContext({ PUBLIC_RATE_LIMIT: "2" });
    try {
      // Two apps on one database stand for two processes behind a load balancer.
      const [a, b] = [createApp(shared.deps), createApp(shared.deps)];
      const statuses = [(await supertest(a).get("/v1/jobs")).status, (await supertest(b).get("/v1/jobs")).status, (await supertest(a).get("/v1/jobs")).status];
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await shared.close();
    }
  });

  it("does not limit recruiter endpoints", async () => {
    const org = await buildOrganization(ctx);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await ctx.request().get("/v1/positions").set(bearer(org.apiKey))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });

  it("is off when configured as 0", () => {
    expect(publicRateLimit(0)).toBeUndefined();
  });
});
