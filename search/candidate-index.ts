import type { Meilisearch } from "meilisearch";
import { highestLevel, levelRank } from "../server/matching/score-education.js";
import { experienceYears } from "../server/matching/experience-years.js";
import type { CandidateProfile } from "../server/matching/match.schema.js";
import { canonicalSkill } from "../server/matching/skills.js";
import { foldWords } from "../server/text/fold.js";
import { declareIndex } from "./search-index.js";
import { waitForTasks } from "./tasks.js";

/**
 * The private talent-pool index. A document is only what retrieval needs: folded skill concepts,
 * majors, job titles and the education rank. No name, email, phone, location or free text, so a leak
 * of the index (or a search-side bug) exposes nothing that identifies a person.
 */
export type CandidateDocument = {
  id: string;
  skills: string[];
  majors: string[];
  titles: string[];
  educationLevel: string | null;
  educationRank: number;
  years: number;
};

const searchable = ["skills", "titles", "majors"];
const waitMs = 30_000;

/** The private talent-pool index. */
export const candidateIndex = declareIndex<CandidateDocument>({
  name: "candidates",
  settings: () => ({
    searchableAttributes: searchable,
    filterableAttributes: ["educationRank"],
    localizedAttributes: [{ attributePatterns: searchable, locales: ["cmn"] }],
  }),
});

export const candidateIndexUid = (prefix: string) => candidateIndex.uid(prefix);

const unique = (values: string[]) => [...new Set(values.filter((v) => v.length > 0))];

export function candidateToDocument(id: string, profile: CandidateProfile, asOf: Date): CandidateDocument {
  const level = highestLevel(profile.education);
  return {
    id,
    skills: unique([...profile.skills, ...(profile.languages ?? []), ...(profile.certifications ?? [])].map(canonicalSkill)),
    majors: unique(profile.education.map((e) => foldWords(e.major ?? ""))),
    titles: unique(profile.experience.map((e) => foldWords(e.title))),
    educationLevel: level,
    educationRank: level === null ? -1 : levelRank(level),
    years: Math.round(experienceYears(profile.experience, asOf) * 10) / 10,
  };
}

export function ensureCandidateIndex(meili: Meilisearch, prefix: string): Promise<void> {
  return candidateIndex.ensure(meili, candidateIndexUid(prefix));
}

/** Forgets that the index was set up, e.g. after finding it gone, so the next use recreates its settings. */
export function forgetCandidateIndex(meili: Meilisearch, prefix: string): void {
  candidateIndex.forget(meili, candidateIndexUid(prefix));
}

/**
 * Writes a batch of talent-pool changes: one addDocuments for the upserts, one deleteDocuments for the
 * removals, waited for together.
 */
export async function writeCandidateDocuments(meili: Meilisearch, prefix: string, change: { upsert: CandidateDocument[]; remove: string[] }): Promise<void> {
  await ensureCandidateIndex(meili, prefix);
  const index = candidateIndex.of(meili, candidateIndexUid(prefix));
  await waitForTasks(meili, [
    ...(change.upsert.length > 0 ? [index.addDocuments(change.upsert, { primaryKey: "id" })] : []),
    ...(change.remove.length > 0 ? [index.deleteDocuments(change.remove)] : []),
  ], { timeoutMs: waitMs });
}

export async function deleteCandidateDocument(meili: Meilisearch, prefix: string, id: string): Promise<void> {
  await writeCandidateDocuments(meili, prefix, { upsert: [], remove: [id] });
}

/** The stored document, or null. Fetched by id list so a missing one is an empty answer, not a logged 404. */
export async function getCandidateDocument(meili: Meilisearch, prefix: string, id: string): Promise<CandidateDocument | null> {
  await ensureCandidateIndex(meili, prefix);
  const found = await candidateIndex.of(meili, candidateIndexUid(prefix)).getDocuments({ ids: [id] });
  return found.results[0] ?? null;
}

/**
 * Candidate ids for a role, best text matches first: the role's terms (folded to Simplified, as the
 * documents are) with the rarest terms kept longest, then topped up with anyone in the filter so a
 * pool with few textual matches still reaches the reranker.
 */
export async function retrieveCandidateIds(
  meili: Meilisearch,
  prefix: string,
  opts: { terms: string[]; minEducationRank: number | null; limit: number },
): Promise<string[]> {
  await ensureCandidateIndex(meili, prefix);
  const index = candidateIndex.of(meili, candidateIndexUid(prefix));
  const filter = opts.minEducationRank === null ? undefined : `educationRank >= ${Math.trunc(opts.minEducationRank)}`;
  const q = unique(opts.terms.map(foldWords)).join(" ").slice(0, 500);
  const ids: string[] = [];
  if (q) {
    const hits = await index.search(q, { filter, limit: opts.limit, matchingStrategy: "frequency", attributesToRetrieve: ["id"] });
    ids.push(...hits.hits.map((h) => h.id));
  }
  if (ids.length < opts.limit) {
    const rest = await index.search(null, { filter, limit: opts.limit, attributesToRetrieve: ["id"] });
    for (const hit of rest.hits) if (!ids.includes(hit.id) && ids.length < opts.limit) ids.push(hit.id);
  }
  return ids;
}
