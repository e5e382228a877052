import { describe, expect, it } from "vitest";
import { BoardQuery, JobsQuery } from "../../../server/http/routes/jobs.schema.js";
import { emptyFacets, filterExpressions, pickFilters, vacancyFilters } from "../../../search/vacancy-filters.js";
import { VacancyHit } from "../../../search/vacancy-hit.js";
import { vacancyIndexSettings } from "../../../search/vacancy-index.js";

const names = Object.keys(vacancyFilters);

describe("filter table", () => {
  it("gives /v1/jobs a query parameter per filter, and a board all but the organization", () => {
    for (const name of names) expect(Object.keys(JobsQuery.shape)).toContain(name);
    expect(Object.keys(BoardQuery.shape)).not.toContain("organization");
    expect(Object.keys(BoardQuery.shape)).toContain("department");
  });

  it("makes every filter's attribute filterable and every facet's attribute typo-free", () => {
    const settings = vacancyIndexSettings();
    for (const entry of Object.values(vacancyFilters)) {
      expect(settings.filterableAttributes).toContain(entry.attribute);
      if (entry.facet) expect(settings.typoTolerance!.disableOnAttributes).toContain(entry.attribute);
    }
  });

  it("puts what each filter shows into the hit shape", () => {
    for (const entry of Object.values(vacancyFilters)) if (entry.hit) expect(Object.keys(VacancyHit.shape)).toContain(entry.hit.name);
  });

  it("lists the organization facet on the whole board only", () => {
    expect(Object.keys(emptyFacets("jobs"))).toEqual(["department", "location", "educationLevel", "employmentType", "organization"]);
    expect(Object.keys(emptyFacets("board"))).toEqual(["department", "location", "educationLevel", "employmentType"]);
  });

  it("builds expressions from quoted values only", () => {
    expect(filterExpressions({ department: 'x" OR organizationId = "other' })).toEqual(['department = "x\\" OR organizationId = \\"other"']);
  });

  it("picks the filters out of a parsed query and nothing else", () => {
    const query = JobsQuery.parse({ q: "java", location: "上海", page: "2" });
    expect(pickFilters(query)).toEqual({ location: "上海" });
  });

  it("rejects a value outside a filter's schema", () => {
    expect(JobsQuery.safeParse({ educationLevel: "phd" }).success).toBe(false);
    expect(JobsQuery.safeParse({ status: "draft" }).success).toBe(false);
  });
});

describe("salaryMin", () => {
  it("becomes a numeric lower bound on the top of the posted range", () => {
    expect(filterExpressions(pickFilters(JobsQuery.parse({ salaryMin: "8000" })))).toEqual(["payCeiling >= 8000"]);
  });

  it("keeps only the top of the range in the document", () => {
    const field = vacancyFilters.salaryMin.document!;
    const listing = { salary: { min: 5000, max: 9000, currency: "CNY", period: "month" } } as Parameters<typeof field.value>[0];
    expect(field.value(listing)).toBe(9000);
    expect(field.value({ ...listing, salary: null })).toBeNull();
  });

  it("is neither a facet nor on the hit", () => {
    expect(Object.keys(emptyFacets("jobs"))).not.toContain("salaryMin");
    expect(Object.keys(VacancyHit.shape)).not.toContain("salaryMin");
  });
});

describe("workplaceType", () => {
  it("becomes a quoted equality and a hit field", () => {
    expect(filterExpressions(pickFilters(JobsQuery.parse({ workplaceType: "remote" })))).toEqual(['workplaceType = "remote"']);
    expect(Object.keys(VacancyHit.shape)).toContain("workplaceType");
  });

  it("takes the vacancy's column into the document", () => {
    const field = vacancyFilters.workplaceType.document!;
    expect(field.value({ workplace_type: "hybrid" } as Parameters<typeof field.value>[0])).toBe("hybrid");
  });
});

