import { afterAll, beforeAll, describe, expect, it } from "vitest";
import supertest from "supertest";
import { createApp } from "../../server/app.js";
import type { Options } from "express-rate-limit";
import { publicRateLimit } from "../../server/http/rate-limit.js";
import { PostgresRateLimitStore } from "../../server/http/rate-limit-store.js";
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

  it("counts public searches without a PostgreSQL write per request", async () => {
    const roomy = await createTestContext({ PUBLIC_RATE_LIMIT: "600" });
    try {
      const remaining: number[] = [];
      for (let i = 0; i < 10; i++) {
        const header = String((await roomy.request().get("/v1/jobs").expect(200)).headers["ratelimit"]);
        remaining.push(Number(/r=(\d+)/.exec(header)?.[1]));
      }
      // Windows are fixed minutes: on a slow machine the loop may cross into the next one, where the
      // count starts again at 599. Within a window every search counts exactly once.
      expect(remaining[0]).toBe(599);
      for (let i = 1; i < remaining.length; i++) expect([remaining[i - 1]! - 1, 599]).toContain(remaining[i]);
      expect(remaining.filter((r) => r === 599).length).toBeLessThanOrEqual(2);
      expect(await roomy.deps.db.selectFrom("rate_limit_hits").selectAll().execute()).toEqual([]);
    } finally {
      await roomy.close();
    }
  });

  it("flushes counted hits in one write, and each copy's flush brings back the others' hits", async () => {
    const options = { windowMs: 60_000, limit: 100 } as Options;
    const [a, b] = [new PostgresRateLimitStore(ctx.deps.db), new PostgresRateLimitStore(ctx.deps.db)];
    a.init(options);
    b.init(options);
    try {
      for (let i = 0; i < 10; i++) await a.increment("203.0.113.9");
      await b.increment("203.0.113.9");
      expect(await ctx.deps.db.selectFrom("rate_limit_hits").selectAll().where("key", "=", "public:203.0.113.9").execute()).toEqual([]);
      await a.flush();
      await b.flush();
      expect((await b.increment("203.0.113.9")).totalHits).toBe(12);
    } finally {
      a.shutdown();
      b.shutdown();
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
