import { describe, expect, it } from "vitest";
import { boardFacets, boardPage } from "../../../server/careers/board.page.js";
import { facetLabel, locales, messages } from "../../../server/careers/messages.js";
import { facetAttributes } from "../../../search/vacancy-filters.js";

const ctx = (locale: "zh" | "en") => ({ locale, path: "/jobs", query: new URLSearchParams(), publicBaseUrl: "http://localhost" });

describe("the board's facets come from the filter table", () => {
  it("offers every facet filter that applies within one organization, in the table's order", () => {
    expect(boardFacets).toEqual(facetAttributes.filter((f) => !f.acrossOrganizations).map((f) => f.name));
    expect(boardFacets).toEqual(["department", "location", "educationLevel", "employmentType"]);
  });

  it("renders one labelled select per facet, for the script to fill", () => {
    const body = boardPage(ctx("en")).body.value;
    const rendered = [...body.matchAll(/<select id="facet-(\w+)" name="(\w+)" data-facet="(\w+)"/g)].map((m) => m[3]);
    expect(rendered).toEqual([...boardFacets]);
    for (const f of boardFacets) expect(body).toContain(`<label for="facet-${f}">${facetLabel("en", f)}</label>`);
  });

  it("names every facet in both languages, and a facet without a message by its parameter", () => {
    for (const locale of locales) for (const f of boardFacets) expect(Object.keys(messages[locale])).toContain(`facet_${f}`);
    expect(facetLabel("zh", "department")).toBe("部门");
    expect(facetLabel("en", "employmentType")).toBe("Employment type");
    expect(facetLabel("en", "somethingNew")).toBe("somethingNew");
  });
});
