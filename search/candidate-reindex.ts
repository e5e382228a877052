import type { Meilisearch } from "meilisearch";
import type { Logger } from "pino";
import { discoverableCandidatesAfter } from "../db/candidate.repository.js";
import type { Db } from "../db/db.js";
import { candidateIndex, candidateIndexUid, candidateToDocument, ensureCandidateIndex, forgetCandidateIndex } from "./candidate-index.js";
import { waitForTask } from "./tasks.js";

export type CandidateReindexDeps = { db: Db; meili: Meilisearch; logger: Logger; indexPrefix: string; now: () => Date };

const batchSize = 1000;

/** Upserts every discoverable candidate's document, walking the table in id order; returns how many. */
export async function backfillCandidateIndex(deps: CandidateReindexDeps): Promise<number> {
  await ensureCandidateIndex(deps.meili, deps.indexPrefix);
  const index = candidateIndex.of(deps.meili, candidateIndexUid(deps.indexPrefix));
  let afterId: string | null = null;
  let count = 0;
  for (;;) {
    const rows = await discoverableCandidatesAfter(deps.db, afterId, batchSize);
    if (rows.length === 0) return count;
    await waitForTask(index.addDocuments(rows.map((r) => candidateToDocument(r.id, r.profile, deps.now())), { primaryKey: "id" }), { timeoutMs: 120_000 });
    count += rows.length;
    afterId = rows[rows.length - 1]!.id;
  }
}

/**
 * Rebuilds the talent pool from the database when its index does not exist (a fresh or wiped
 * Meilisearch), so discoverable candidates never silently drop out of recruiters' searches until
 * they next edit their profile. Returns the count indexed, or null when the index was already there.
 */
export async function candidateIndexIfMissing(deps: CandidateReindexDeps): Promise<number | null> {
  try {
    await deps.meili.getIndex(candidateIndexUid(deps.indexPrefix));
    return null;
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code !== "index_not_found") throw err;
  }
  forgetCandidateIndex(deps.meili, deps.indexPrefix);
  const count = await backfillCandidateIndex(deps);
  deps.logger.info({ candidates: count }, "talent-pool index built from the database");
  return count;
}
