import { describe, expect, it } from "vitest";
import { buildSynonyms } from "../../../search/synonyms.js";
import { facetFields, vacancyIndexSettings } from "../../../search/vacancy-index.js";

describe("vacancy index settings", () => {
  const settings = vacancyIndexSettings();

  it("searches the title first and only folded fields or the title's pinyin keys", () => {
    expect(settings.searchableAttributes![0]).toBe("titleSearch");
    expect(settings.searchableAttributes!.every((a) => a.endsWith("Search") || a === "titlePinyin")).toBe(true);
  });

  it("can filter and facet on every facet field, and never typo-matches them", () => {
    for (const f of facetFields) {
      expect(settings.filterableAttributes).toContain(f);
      expect(settings.typoTolerance!.disableOnAttributes).toContain(f);
    }
    expect(settings.sortableAttributes).toContain("publishedAtTs");
  });

  it("marks the Chinese fields as cmn", () => {
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: expect.arrayContaining(["*Search", "title"]), locales: ["cmn"] }]);
  });
});

describe("buildSynonyms", () => {
  const synonyms = buildSynonyms();

  it("links equivalent terms both ways, folded to Simplified", () => {
    expect(synonyms["业务员"]).toEqual(["销售代表", "销售员"]);
    expect(synonyms["销售代表"]).toEqual(["业务员", "销售员"]);
    expect(synonyms["hr"]).toEqual(["人力资源"]);
    expect(synonyms["人力资源"]).toEqual(["hr"]);
    expect(synonyms["总台"]).toEqual(["前台"]);
    expect(synonyms["客户服务"]).toEqual(["客服"]);
  });

  it("maps 会计 to 财务 without the reverse", () => {
    expect(synonyms["会计"]).toEqual(["财务"]);
    expect(synonyms["财务"]).toBeUndefined();
  });

  it("has no Traditional keys left after folding", () => {
    expect(Object.keys(synonyms).filter((k) => /[業務銷總戶會]/.test(k))).toEqual([]);
  });

  it("merges groups that share a term", () => {
    expect(buildSynonyms([["甲", "乙"], ["乙", "丙"]], [])).toEqual({ 甲: ["乙"], 乙: ["丙", "甲"], 丙: ["乙"] });
  });
});
