import type { Logger } from "pino";
import { enqueueOutbox } from "../db/outbox.repository.js";
import { publishedListingsAfter, vacanciesChangedSince } from "../db/vacancy.repository.js";
import { waitForTask } from "./tasks.js";
import { listingToDocument, type VacancyDocument } from "./vacancy-document.js";
import { ensureVacancyIndex, forgetPreparedIndex, vacancyIndexName, vacancyIndexSettings } from "./vacancy-index.js";
import type { SyncDeps } from "./vacancy-sync.js";

const BATCH = 1000;
// Clock skew between this process and the ones that stamped updated_at.
const SKEW_MS = 5_000;

/**
 * Rebuilds the vacancy index from the database into a fresh index and swaps it in atomically, so
 * searches keep answering from the old one until the new one is complete. Changes made while the
 * rebuild ran are re-announced through the outbox afterwards, so none is lost to the swap.
 */
export async function reindexVacancies(deps: SyncDeps & { logger?: Logger }): Promise<{ indexed: number; ms: number }> {
  const started = Date.now();
  const since = new Date(deps.now().getTime() - SKEW_MS);
  const live = vacancyIndexName(deps.indexPrefix);
  const fresh = `${live}_rebuild_${started}`;
  await ensureVacancyIndex(deps.meili, live);
  await ensureVacancyIndex(deps.meili, fresh, { force: true });
  let indexed = 0;
  const versions = new Map<string, number>();
  try {
    let after: string | null = null;
    for (;;) {
      const batch = await publishedListingsAfter(deps.db, after, BATCH, deps.now());
      if (batch.length === 0) break;
      await waitForTask(deps.meili.index<VacancyDocument>(fresh).addDocuments(batch.map(listingToDocument), { primaryKey: "id" }));
      indexed += batch.length;
      for (const v of batch) versions.set(v.id, v.version);
      after = batch[batch.length - 1]!.id;
    }
    await waitForTask(deps.meili.swapIndexes([{ indexes: [live, fresh], rename: false }]));
  } finally {
    // After the swap `fresh` holds the old documents; before it, a partial rebuild. Either way it goes.
    await waitForTask(deps.meili.deleteIndex(fresh)).catch((err) => deps.logger?.warn({ err, index: fresh }, "could not delete the rebuild index"));
    forgetPreparedIndex(deps.meili, fresh);
  }
  // Only rows whose state differs from what went into the new index need the outbox.
  const changed = (await vacanciesChangedSince(deps.db, since)).filter((v) => versions.get(v.id) !== v.version);
  await enqueueOutbox(deps.db, changed.map((v) => ({ topic: deps.topics.vacancySync, aggregateId: v.id, aggregateVersion: v.version })));
  deps.logger?.info({ indexed, resynced: changed.length, ms: Date.now() - started }, "vacancy index rebuilt");
  return { indexed, ms: Date.now() - started };
}

/**
 * Rebuilds the index from the database when it is missing (a new install, a wiped search server) or
 * was re-created bare by a write that arrived first (Meilisearch creates indexes on write, without
 * our settings). Cheap enough to run periodically: one listing and one settings read.
 */
export async function rebuildIfBroken(deps: SyncDeps & { logger?: Logger }): Promise<"ok" | "rebuilt"> {
  const uid = vacancyIndexName(deps.indexPrefix);
  // Listing instead of GET /indexes/:uid keeps a 404 out of Meilisearch's log on every first start.
  const { results } = await deps.meili.getIndexes({ limit: 10_000 });
  if (results.some((i) => i.uid === uid)) {
    // An index built before a filter was added lacks its attribute (and the documents their field).
    const filterable = new Set(((await deps.meili.index(uid).getFilterableAttributes()) ?? []).filter((a) => typeof a === "string"));
    const wanted = vacancyIndexSettings().filterableAttributes as string[];
    if (wanted.every((attribute) => filterable.has(attribute))) return "ok";
    deps.logger?.warn({ index: uid }, "vacancy index lacks filterable attributes of this build; rebuilding it from the database");
    forgetPreparedIndex(deps.meili, uid);
  }
  await reindexVacancies(deps);
  return "rebuilt";
}
