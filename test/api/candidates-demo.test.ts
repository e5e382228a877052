import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoApplicants, type DemoApplicant } from "../../server/candidates/demo-applicants.js";
import { seedDemoData } from "../../server/demo/demo-data.js";
import { publishDemoVacancies } from "../../server/demo/demo-vacancies.js";
import { bearer } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let apiKey: string;
let applicants: DemoApplicant[];
beforeAll(async () => {
  ctx = await createTestContext();
  const deps = { ...ctx.deps, logger: pino({ level: "silent" }) };
  const demo = await seedDemoData(deps);
  apiKey = demo!.apiKey;
  await publishDemoVacancies(deps, demo!.organizationId);
  applicants = await seedDemoApplicants(deps, demo!.organizationId, { vacancies: 6 });
  expect(applicants.length).toBe(36);
});
afterAll(() => ctx.close());

type Item = { id: string; qualified: boolean; score: number; match: { criteria: Record<string, { reasons: { code: string; message: string }[] }> }; candidate: { name: string } };

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
      // The strong fit, built against the role's own requirements, is qualified with the top score;
      // the applicant from another line of work is not qualified.
      const fitOf = (fit: DemoApplicant["fit"]) => items.find((i) => applicants.some((a) => a.applicationId === i.id && a.fit === fit))!;
      expect(fitOf("strong").qualified).toBe(true);
      expect(fitOf("strong").score).toBe(items[0]!.score);
      expect(fitOf("unrelated").qualified).toBe(false);
    }
    expect(qualified).toBeGreaterThan(0);
    expect(unqualified).toBeGreaterThan(0);
  });

  it("look like real applicants: distinct names, employers and careers, not one staged profile", async () => {
    const profiles = await ctx.deps.db.selectFrom("candidates").select("profile").execute();
    expect(profiles.length).toBe(36);
    const names = new Set(profiles.map((p) => p.profile.name));
    const employers = new Set(profiles.flatMap((p) => p.profile.experience.map((e) => e.organization)));
    const titles = new Set(profiles.flatMap((p) => p.profile.experience.map((e) => e.title)));
    expect(names.size).toBeGreaterThan(30);
    expect(employers.size).toBeGreaterThan(10);
    expect(titles.size).toBeGreaterThan(10);
    expect([...employers]).not.toContain("示例公司");
  });
});
