import type { Meilisearch, Settings } from "meilisearch";
import { buildSynonyms } from "./synonyms.js";
import { facetAttributes, filterAttributes } from "./vacancy-filters.js";
import { waitForTask } from "./tasks.js";
import type { VacancyDocument } from "./vacancy-document.js";

export const vacancyIndexName = (indexPrefix: string) => `${indexPrefix}vacancies`;

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
    pagination: { maxTotalHits: 10_000 },
  };
}

const prepared = new WeakMap<Meilisearch, Set<string>>();

/** Creates the index with an explicit primary key and applies the settings, once per client and index. */
export async function ensureVacancyIndex(meili: Meilisearch, uid: string, opts: { force?: boolean } = {}): Promise<void> {
  const done = prepared.get(meili) ?? new Set<string>();
  prepared.set(meili, done);
  if (done.has(uid) && !opts.force) return;
  // Creating and tolerating "already exists" avoids a 404 per start in Meilisearch's log.
  await waitForTask(meili.createIndex(uid, { primaryKey: "id" }), { tolerate: ["index_already_exists"] });
  await waitForTask(meili.index<VacancyDocument>(uid).updateSettings(vacancyIndexSettings()));
  done.add(uid);
}

/** Forgets that an index was prepared (after a swap or a delete, its settings must be re-applied). */
export function forgetPreparedIndex(meili: Meilisearch, uid: string): void {
  prepared.get(meili)?.delete(uid);
}
