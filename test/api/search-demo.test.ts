import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../server/demo/demo-data.js";
import { publishDemoVacancies } from "../../server/demo/demo-vacancies.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { searchJobs, syncWorker } from "./vacancies-helpers.js";

let ctx: TestContext;
let counts: { published: number; drafts: number };
beforeAll(async () => {
  ctx = await createTestContext();
  const demo = await seedDemoData(ctx.deps);
  if (!demo) throw new Error("the test database was not empty");
  counts = await publishDemoVacancies(ctx.deps, demo.organizationId);
  await syncWorker(ctx).drain();
});
afterAll(() => ctx.close());

describe("the demo board, as a new user finds it", () => {
  it("publishes every seed position that may be published and lists them all", async () => {
    expect(counts.published).toBeGreaterThan(20);
    const all = await searchJobs(ctx, { pageSize: 100 });
    expect(all.total).toBe(counts.published);
  });

  it("finds each published vacancy by its own title, in its own script and folded", async () => {
    const rows = await ctx.deps.db
      .selectFrom("vacancies as v")
      .innerJoin("positions as p", "p.id", "v.position_id")
      .select(["v.id", "p.title"])
      .where("v.status", "=", "published")
      .execute();
    for (const row of rows) {
      const hits = (await searchJobs(ctx, { q: row.title, pageSize: 100 })).items.map((h) => h.id);
      expect(hits, row.title).toContain(row.id);
    }
  });

  it("answers 銷售總監 and 销售总监 with the same vacancies", async () => {
    const ids = async (q: string) => (await searchJobs(ctx, { q, pageSize: 100 })).items.map((h) => h.id);
    const traditional = await ids("銷售總監");
    expect(traditional.length).toBeGreaterThan(0);
    expect(await ids("销售总监")).toEqual(traditional);
  });
});
