import { describe, expect, it } from "vitest";
import { buildFilter, buildSearchParams, foldQuery, quote } from "../../../search/vacancy-query.js";

const now = new Date("2026-11-26T00:00:00Z");

describe("quote", () => {
  it.each([
    ["plain", '"plain"'],
    ['x" OR organizationSlug = "other', '"x\\" OR organizationSlug = \\"other"'],
    ["back\\slash", '"back\\\\slash"'],
    ['\\"', '"\\\\\\""'],
    ["台北", '"台北"'],
  ])("quotes %j as %s", (value, expected) => {
    expect(quote(value)).toBe(expected);
  });
});

describe("buildFilter", () => {
  it("always hides vacancies past their closing time", () => {
    expect(buildFilter({ filters: {} }, now)).toEqual([`(closesAtTs IS NULL OR closesAtTs > ${now.getTime()})`]);
  });

  it("maps allow-listed filters to index attributes with quoted values", () => {
    const filter = buildFilter({ filters: { organization: "acme", department: "銷售部", educationLevel: "bachelor" }, organizationId: "o-1" }, now);
    expect(filter.slice(1)).toEqual(['organizationId = "o-1"', 'organizationSlug = "acme"', 'department = "銷售部"', 'educationLevel = "bachelor"']);
  });

  it("ignores names outside the allow-list and undefined values", () => {
    const filters = { organizationId: "x", status: "draft", location: undefined } as unknown as Record<string, string>;
    expect(buildFilter({ filters }, now)).toHaveLength(1);
  });
});

describe("buildSearchParams", () => {
  it("asks for every facet, all words, and newest-first when asked", () => {
    const params = buildSearchParams({ filters: {}, sort: "newest", page: 2, pageSize: 10 }, now);
    expect(params).toMatchObject({ page: 2, hitsPerPage: 10, sort: ["publishedAtTs:desc"], matchingStrategy: "all" });
    expect(params.facets).toEqual(["department", "location", "educationLevel", "employmentType", "organizationSlug"]);
    expect(buildSearchParams({ filters: {}, sort: "relevance", page: 1, pageSize: 10 }, now).sort).toBeUndefined();
  });
});

describe("foldQuery", () => {
  it.each([
    ["銷售總監", "销售总监"],
    ["総監", "总监"],
    ["電信業務", "电信业务"],
    ["ＨＲ　经理", "hr 经理"],
    [undefined, ""],
  ])("folds %j to %j", (q, expected) => {
    expect(foldQuery(q)).toBe(expected);
  });
});
