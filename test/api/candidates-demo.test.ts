import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoApplicants } from "../../server/candidates/demo-applicants.js";
import { seedDemoData } from "../../server/demo/demo-data.js";
import { publishDemoVacancies } from "../../server/demo/demo-vacancies.js";
import { bearer } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let apiKey: string;
beforeAll(async () => {
  ctx = await createTestContext();
  const deps = { ...ctx.deps, logger: pino({ level: "silent" }) };
  const demo = await seedDemoData(deps);
  apiKey = demo!.apiKey;
  await publishDemoVacancies(deps, demo!.organizationId);
  expect(await seedDemoApplicants(deps, demo!.organizationId, { vacancies: 6 })).toBeGreaterThan(0);
});
afterAll(() => ctx.close());

type Item = { qualified: boolean; score: number; match: { criteria: Record<string, { reasons: { code: string; message: string }[] }> }; candidate: { name: string } };

describe("the demo applicants on the seed vacancies", () => {
  it("rank qualified applicants above unqualified ones, and every score says why", async () => {
    const vacancies = await ctx.request().get("/v1/vacancies").query({ status: "published", pageSize: 100 }).set(bearer(apiKey));
    expect(vacancies.status).toBe(200);
    let qualified = 0;
    let unqualified = 0;
    for (const vacancy of vacancies.body.items as { id: string }[]) {
      const res = await ctx.request().get(`/v1/vacancies/${vacancy.id}/applications`).set(bearer(apiKey)).set("Accept-Language", "zh");
      expect(res.status).toBe(200);
      const items = res.body.items as Item[];
      if (items.length === 0) continue;
      const flags = items.map((i) => i.qualified);
      expect(flags, vacancy.id).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      qualified += flags.filter(Boolean).length;
      unqualified += flags.filter((f) => !f).length;
      for (const item of items) {
        for (const criterion of ["education", "experience", "skills"]) {
          expect(item.match.criteria[criterion]!.reasons.length, `${item.candidate.name} ${criterion}`).toBeGreaterThan(0);
          for (const r of item.match.criteria[criterion]!.reasons) expect(r.message).not.toMatch(/\{\w+\}/);
        }
      }
      // The strong fit, built from the role's own requirements, is qualified with the top score.
      const strong = items.find((i) => i.candidate.name === "王芳")!;
      expect(strong.qualified).toBe(true);
      expect(strong.score).toBe(items[0]!.score);
      expect(items.find((i) => i.candidate.name === "赵磊")?.qualified).toBe(false);
    }
    expect(qualified).toBeGreaterThan(0);
    expect(unqualified).toBeGreaterThan(0);
  });
});
