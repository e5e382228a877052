import type { Meilisearch } from "meilisearch";
import type { Db } from "../db/db.js";
import { enqueueOutbox } from "../db/outbox.repository.js";
import { findListing, vacancyIdsOfPosition } from "../db/vacancy.repository.js";
import { POSITION_CHANGED } from "../server/positions/position.service.js";
import { VACANCY_SYNC } from "../server/vacancies/vacancy.service.js";
import type { OutboxHandler } from "./outbox-worker.js";
import { waitForTask } from "./tasks.js";
import { listingToDocument, type VacancyDocument } from "./vacancy-document.js";
import { ensureVacancyIndex, vacancyIndexName } from "./vacancy-index.js";

export type SyncDeps = { db: Db; meili: Meilisearch; indexPrefix: string; now: () => Date };

/**
 * Makes the search document of one vacancy match the database as it is now: present when the vacancy
 * is published and open, absent otherwise. Idempotent, and it waits for Meilisearch's task, so the
 * worker's per-aggregate lock keeps a later state from being overwritten by an earlier one.
 */
export async function syncVacancy(deps: SyncDeps, vacancyId: string): Promise<"upserted" | "deleted"> {
  const uid = vacancyIndexName(deps.indexPrefix);
  await ensureVacancyIndex(deps.meili, uid);
  const index = deps.meili.index<VacancyDocument>(uid);
  const listing = await findListing(deps.db, vacancyId);
  const open = listing?.status === "published" && (listing.closes_at === null || new Date(listing.closes_at) > deps.now());
  if (listing && open) {
    await waitForTask(index.addDocuments([listingToDocument(listing)], { primaryKey: "id" }));
    return "upserted";
  }
  await waitForTask(index.deleteDocument(vacancyId));
  return "deleted";
}

/** Outbox handlers for the search projection of vacancies. */
export function vacancySyncHandlers(deps: SyncDeps): Record<string, OutboxHandler> {
  return {
    [VACANCY_SYNC]: async (msg) => {
      await syncVacancy(deps, msg.aggregateId);
    },
    // A position's title, department or requirements appear in its vacancies' documents. Each vacancy is
    // re-synced through its own topic, so its ordering lock covers the write.
    [POSITION_CHANGED]: async (msg) => {
      const vacancies = await vacancyIdsOfPosition(deps.db, msg.aggregateId);
      await enqueueOutbox(deps.db, vacancies.map((v) => ({ topic: VACANCY_SYNC, aggregateId: v.id, aggregateVersion: v.version })));
    },
  };
}
