import { describe, expect, it } from "vitest";
import type { VacancyListing } from "../../../db/vacancy.repository.js";
import { listingToDocument } from "../../../search/vacancy-document.js";
import { foldForSearch } from "../../../server/text/fold.js";
import { emptyRequirements } from "../../../server/positions/position.schema.js";

const listing = (overrides: Partial<VacancyListing> = {}): VacancyListing => ({
  id: "v1", organization_id: "o1", position_id: "p1", slug: "acme-銷售總監", status: "published", location: "台北",
  employment_type: "full_time", workplace_type: null, salary: { min: 1, max: 2, currency: "TWD", period: "month" }, salary_months: 13, headcount: 3,
  closes_at: null, published_at: new Date("2026-11-01T00:00:00Z"), closed_at: null, weights: null, version: 2,
  created_at: new Date("2026-10-01T00:00:00Z"), updated_at: new Date("2026-11-01T00:00:00Z"),
  org_slug: "acme", org_name: "艾克米", p_title: "銷售總監", p_department: "銷售部", p_summary: "聯絡 hr@acme.tw 或 0912-345-678",
  p_responsibilities: ["帶領團隊", "聯絡人：王小明"], p_subordinates: ["銷售專員"],
  p_requirements: {
    ...emptyRequirements(),
    education: { minLevel: "bachelor", majors: ["市場營銷"], majorsRequired: false },
    skills: [{ name: "客戶關係管理", required: true }],
    languages: [{ name: "日語N2", required: false }],
    certifications: [{ name: "電工證", required: true }],
  },
  p_compliance: [{ category: "age", text: "35歲以下" }], p_language: "zh-Hant",
  ...overrides,
});

describe("listingToDocument", () => {
  it("keeps display fields in the original script and folds the search fields", () => {
    const doc = listingToDocument(listing());
    expect(doc).toMatchObject({ title: "銷售總監", department: "銷售部", titleSearch: "销售总监", departmentSearch: "销售部", locationSearch: "台北" });
    expect(doc.skillsSearch).toEqual(["客户关系管理"]);
    expect(doc).toMatchObject({ certificationsSearch: ["电工证"], languagesSearch: ["日语n2"], majorsSearch: ["市场营销"], subordinatesSearch: ["销售专员"] });
    expect(doc.publishedAtTs).toBe(Date.parse("2026-11-01T00:00:00Z"));
  });

  it("carries no personal data, salary, compliance flags or source text", () => {
    const doc = listingToDocument(listing());
    const text = JSON.stringify(doc);
    for (const secret of ["hr@acme.tw", "0912-345-678", "王小明", "35歲", "salary", "compliance", "sourceText"]) expect(text).not.toContain(secret);
  });

  it("keeps every folded field the same length as its original, which highlighting relies on", () => {
    for (const s of ["銷售總監", "乾隆裡面著名", "電信業務員（兼職）", "HR 經理"]) expect([...foldForSearch(s)]).toHaveLength([...s].length);
  });

  it("strips the control characters that mark highlights", () => {
    expect(foldForSearch("a\u0001b\u0002c")).toBe("a b c");
  });
});
