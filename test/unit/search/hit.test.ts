import { describe, expect, it } from "vitest";
import { buildSearchParams } from "../../../search/vacancy-query.js";
import { hitAttributes, toHit, type FormattedDoc } from "../../../search/vacancy-hit.js";

/** A document that answers every field with its own name and records which fields were read. */
function recordingDoc(read: Set<string>): FormattedDoc {
  const formatted = new Proxy({}, { get: (_t, key) => (typeof key === "string" ? `<${key}>` : undefined) });
  return new Proxy({} as FormattedDoc, {
    get: (_t, key) => {
      if (typeof key !== "string") return undefined;
      if (key === "_formatted") return formatted;
      read.add(key);
      return key === "minYears" ? 3 : key;
    },
  });
}

describe("hitAttributes", () => {
  it("names every document field a hit is built from, so retrieving only those loses nothing", () => {
    const read = new Set<string>();
    const hit = toHit(recordingDoc(read));
    expect(hit.title).toBe("title");
    expect([...read].filter((field) => !hitAttributes.includes(field))).toEqual([]);
    expect(read.size).toBeGreaterThan(5);
  });

  it("is what a search retrieves, with the highlighted fields among them", () => {
    const params = buildSearchParams({ filters: {}, sort: "relevance", page: 1, pageSize: 20 }, new Date());
    expect(params.attributesToRetrieve).toEqual([...hitAttributes]);
    for (const field of params.attributesToHighlight ?? []) expect(hitAttributes).toContain(field);
  });
});
