import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx, { name: "星河科技 <Galaxy>" });
});
afterAll(() => ctx.close());

type Check = (v: unknown) => boolean;
const isText: Check = (v) => typeof v === "string" && v.length > 0;
const isNumber: Check = (v) => typeof v === "number" && Number.isFinite(v);
const isInteger: Check = (v) => Number.isInteger(v);
const isDateTime: Check = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v);
const isA = (type: string, props: Record<string, Check>): Check => (v) => {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return o["@type"] === type && Object.entries(o).every(([k, val]) => k === "@type" || (props[k] !== undefined && props[k]!(val)));
};
const oneOf = (values: string[]): Check => (v) => typeof v === "string" && values.includes(v);

// schema.org JobPosting properties we emit, each with the range schema.org allows (narrowed to what Google reads).
const jobPosting: Record<string, Check> = {
  "@context": (v) => v === "https://schema.org",
  "@type": (v) => v === "JobPosting",
  title: isText,
  description: isText,
  datePosted: isDateTime,
  validThrough: isDateTime,
  url: isText,
  directApply: (v) => v === true,
  jobLocationType: oneOf(["TELECOMMUTE"]),
  applicantLocationRequirements: isA("Country", { name: isText }),
  employmentType: oneOf(["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]),
  hiringOrganization: isA("Organization", { name: isText, sameAs: isText, logo: isText }),
  identifier: isA("PropertyValue", { name: isText, value: isText }),
  jobLocation: isA("Place", { address: isA("PostalAddress", { addressLocality: isText, addressRegion: isText, addressCountry: isText }) }),
  occupationalCategory: isText,
  totalJobOpenings: isInteger,
  baseSalary: isA("MonetaryAmount", {
    currency: (v) => typeof v === "string" && /^[A-Z]{3}$/.test(v),
    value: isA("QuantitativeValue", { minValue: isNumber, maxValue: isNumber, value: isNumber, unitText: oneOf(["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]) }),
  }),
  educationRequirements: isA("EducationalOccupationalCredential", {
    credentialCategory: oneOf(["high school", "associate degree", "bachelor degree", "professional certificate", "postgraduate degree"]),
  }),
  experienceRequirements: isA("OccupationalExperienceRequirements", { monthsOfExperience: isNumber }),
  skills: isText,
};
const googleRequired = ["title", "description", "datePosted", "hiringOrganization", "jobLocation"];

const fullPosition = {
  title: "資深前端工程師",
  department: "研發部",
  language: "zh-Hant",
  summary: "負責 <script>alert(1)</script> 網站開發。簡歷請寄 wang.xiaoming@example.com 或致電 13812345678。",
  responsibilities: ["開發 React 應用 & 維護元件庫", "聯絡人：王小明 0912-345-678"],
  requirements: {
    education: { minLevel: "bachelor", majors: ["計算機科學"], majorsRequired: false },
    experience: { minYears: 3, maxYears: null, management: false, fields: [] },
    skills: [{ name: "React", required: true }, { name: "TypeScript", required: false }],
    languages: [], certifications: [],
  },
  sourceText: "資深前端工程師\n聯絡人：王小明 手機 13812345678",
};

describe("the public vacancy page", () => {
  it("carries a JobPosting whose every property has a schema.org type and Google's required fields", async () => {
    const closesAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const v = await buildVacancy(ctx, org, fullPosition, {
      location: "台北", employmentType: "full_time", headcount: 2, closesAt, salary: { min: 60000, max: 90000, currency: "TWD", period: "month" },
    });
    const res = await ctx.request().get(`/v1/jobs/${v.id}`);
    expect(res.status).toBe(200);
    const ld = res.body.jsonLd as Record<string, unknown>;
    for (const [key, value] of Object.entries(ld)) {
      expect(jobPosting[key], `unknown JobPosting property ${key}`).toBeDefined();
      expect(jobPosting[key]!(value), `${key}: ${JSON.stringify(value)}`).toBe(true);
    }
    for (const key of googleRequired) expect(ld[key], key).toBeDefined();
    expect(ld.validThrough).toBe(closesAt);
    expect(ld).toMatchObject({
      title: "資深前端工程師",
      employmentType: "FULL_TIME",
      hiringOrganization: { name: "星河科技 <Galaxy>" },
      baseSalary: { currency: "TWD", value: { minValue: 60000, maxValue: 90000, unitText: "MONTH" } },
      educationRequirements: { credentialCategory: "bachelor degree" },
      experienceRequirements: { monthsOfExperience: 36 },
      skills: "React, TypeScript",
      totalJobOpenings: 2,
    });
  });

  it("escapes the description and keeps contact details and source text out", async () => {
    const v = await buildVacancy(ctx, org, fullPosition);
    const res = await ctx.request().get(`/v1/jobs/${v.slug}`);
    expect(res.status).toBe(200);
    const description = res.body.jsonLd.description as string;
    expect(description).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(description).not.toMatch(/<script/i);
    expect(description).toContain("<li>開發 React 應用 &#38; 維護元件庫</li>");
    const page = JSON.stringify(res.body);
    for (const secret of ["wang.xiaoming@example.com", "13812345678", "0912-345-678", "手機", "王小明"]) expect(page).not.toContain(secret);
    expect(res.body).not.toHaveProperty("sourceText");
    expect(res.body).toMatchObject({ title: "資深前端工程師", organization: { slug: org.slug }, educationLevel: "bachelor", minYears: 3 });
  });

  it("finds a vacancy by its slug and leaves out drafts", async () => {
    const draft = await buildVacancy(ctx, org, { title: "草稿頁面" }, { status: "draft" });
    expect((await ctx.request().get(`/v1/jobs/${draft.id}`)).status).toBe(404);
    expect((await ctx.request().get(`/v1/jobs/${encodeURIComponent(draft.slug)}`)).status).toBe(404);
    expect((await ctx.request().get("/v1/jobs/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
