import type { Meilisearch, Settings } from "meilisearch";
import { buildSynonyms } from "./synonyms.js";
import { facetAttributes, filterAttributes } from "./vacancy-filters.js";
import { declareIndex } from "./search-index.js";
import type { VacancyDocument } from "./vacancy-document.js";

/** The public index of published vacancies. */
export const vacancyIndex = declareIndex<VacancyDocument>({ name: "vacancies", settings: vacancyIndexSettings });

export const vacancyIndexName = (indexPrefix: string) => vacancyIndex.uid(indexPrefix);

export const facetFields: readonly string[] = facetAttributes.map((facet) => facet.attribute);

/** The index configuration, as code: applied on first use, on every reindex, and checked by tests. */
export function vacancyIndexSettings(): Settings {
  return {
    // Order is relevance: a title match outranks a department match, then skills, then the rest of what
    // the posting asks for (certificates, languages, majors) and whom it leads, then body text.
    searchableAttributes: [
      "titleSearch", "departmentSearch", "titlePinyin", "skillsSearch",
      "certificationsSearch", "languagesSearch", "majorsSearch", "subordinatesSearch",
      "summarySearch", "responsibilitiesSearch", "organizationSearch", "locationSearch",
    ],
    filterableAttributes: [...new Set(["organizationId", "closesAtTs", "minYears", "publishedAtTs", ...filterAttributes])],
    sortableAttributes: ["publishedAtTs", "minYears"],
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
    // Facet search would otherwise treat a two-character Chinese value as long enough for a typo (前端 → 后端).
    typoTolerance: { enabled: true, disableOnAttributes: [...facetFields] },
    // Kana in a Chinese text must not make Meilisearch segment it as Japanese.
    localizedAttributes: [{ attributePatterns: ["*Search", "title", "department", "location"], locales: ["cmn"] }],
    synonyms: buildSynonyms(),
    // Proximity counts query words in the same field as close, however far apart: word distances were
    // ~40% of indexing time (the catch-up's bottleneck), and fields here are short (titles, skills) or
    // ranked below them by attribute order, so nearness within a long description adds little.
    proximityPrecision: "byAttribute",
    pagination: { maxTotalHits: 10_000 },
  };
}

/** Creates the index with an explicit primary key and applies the settings, once per client and index. */
export const ensureVacancyIndex = (meili: Meilisearch, uid: string, opts: { force?: boolean } = {}): Promise<void> => vacancyIndex.ensure(meili, uid, opts);

/** Forgets that an index was prepared (after a swap or a delete, its settings must be re-applied). */
export const forgetPreparedIndex = (meili: Meilisearch, uid: string): void => vacancyIndex.forget(meili, uid);
