import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { jsonLdPage, validateStructuredData } from "../helpers/structured-data.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext({ PUBLIC_BASE_URL: "https://jobs.example.com/" });
  org = await buildOrganization(ctx, { name: "星河科技" });
});
afterAll(() => ctx.close());

const closesAt = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
const salary = { min: 8000, max: 12000, currency: "CNY", period: "month" };

async function jsonLdOf(vacancy: Record<string, unknown>) {
  const v = await buildVacancy(ctx, org, { title: "会计" }, vacancy);
  const res = await ctx.request().get(`/v1/jobs/${v.id}`);
  expect(res.status).toBe(200);
  return { v, ld: res.body.jsonLd as Record<string, unknown> };
}

describe("JobPosting JSON-LD against Google's rules (offline validator, vendored schema.org vocabulary)", () => {
  // Google recommends these two only for remote jobs; the validator asks for them on every posting.
  const remoteOnly = ["applicantLocationRequirements", "jobLocationType"];
  it.each([
    ["a city in mainland China", { location: "上海" }, remoteOnly],
    ["a Taiwan city", { location: "台北市" }, remoteOnly],
    ["no location at all", { location: null }, remoteOnly],
    ["a remote job", { location: "远程办公" }, []],
  ])("passes without errors, and without warnings other than remote-only fields, for %s", async (_name, where, allowed) => {
    const { ld } = await jsonLdOf({ ...where, employmentType: "full_time", salary, closesAt: closesAt() });
    const issues = await validateStructuredData(jsonLdPage(ld));
    expect(issues.filter((i) => i.severity === "ERROR")).toEqual([]);
    expect(issues.flatMap((i) => i.fieldNames ?? []).filter((f) => !allowed.includes(f))).toEqual([]);
  });

  it("links the page under PUBLIC_BASE_URL and lets candidates apply there", async () => {
    const { v, ld } = await jsonLdOf({ location: "上海" });
    expect(ld.url).toBe(`https://jobs.example.com/jobs/${encodeURIComponent(v.slug)}`);
    expect(ld.directApply).toBe(true);
  });

  it("places a job with a country, and a remote one by where applicants may live", async () => {
    expect((await jsonLdOf({ location: "台北市" })).ld.jobLocation).toEqual({
      "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "台北市", addressCountry: "TW" },
    });
    expect((await jsonLdOf({ location: null })).ld.jobLocation).toEqual({ "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "CN" } });
    const remote = (await jsonLdOf({ location: "Remote (Hong Kong)" })).ld;
    expect(remote).toMatchObject({ jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: "HK" } });
    expect(remote).not.toHaveProperty("jobLocation");
  });

  it("takes validThrough from the closing date and baseSalary from the salary", async () => {
    const closes = closesAt();
    const { ld } = await jsonLdOf({ closesAt: closes, salary });
    expect(ld.validThrough).toBe(closes);
    expect(ld.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "CNY", value: { "@type": "QuantitativeValue", minValue: 8000, maxValue: 12000, unitText: "MONTH" } });
  });

  it("is caught by the validator when a required field or the country is missing", async () => {
    const { ld } = await jsonLdOf({ location: "上海" });
    const { title: _title, ...withoutTitle } = ld;
    expect((await validateStructuredData(jsonLdPage(withoutTitle))).map((i) => i.severity)).toContain("ERROR");
    const noCountry = { ...ld, jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "上海" } } };
    expect((await validateStructuredData(jsonLdPage(noCountry))).some((i) => i.severity === "ERROR")).toBe(true);
    expect((await validateStructuredData(jsonLdPage({ ...ld, salaryOfTheMonth: 1 }))).length).toBeGreaterThan(0);
  });
});
