import type { Meilisearch } from "meilisearch";
import type { Db } from "../db/db.js";
import { enqueueOutbox } from "../db/outbox.repository.js";
import { isOpenVacancy } from "../db/vacancy-open.js";
import { findListings, vacancyIdsOfPositions } from "../db/vacancy.repository.js";
import type { OutboxHandler } from "./outbox-worker.js";
import { waitForTasks } from "./tasks.js";
import { listingToDocument, type VacancyDocument } from "./vacancy-document.js";
import { ensureVacancyIndex, vacancyIndexName } from "./vacancy-index.js";

/**
 * The outbox topics the search projection follows. The services that write them name them; the
 * wiring (server/sync-wiring.ts) passes the names in, so search/ depends on no service.
 */
export type SearchTopics = {
  /** Make one vacancy's search document match its row (upsert or delete). */
  vacancySync: string;
  /** A position changed; its vacancies' documents carry its title, department and requirements. */
  positionChanged: string;
};

export type SyncDeps = { db: Db; meili: Meilisearch; indexPrefix: string; now: () => Date; topics: SearchTopics };

/**
 * Makes the search documents of these vacancies match the database as it is now: present when a
 * vacancy is published and open, absent otherwise. One query reads them all; one addDocuments and one
 * deleteDocuments carry the batch, and it waits for both, so the worker completes its rows only once
 * they are searchable. Idempotent: replaying it writes the same state.
 */
export async function syncVacancies(deps: SyncDeps, vacancyIds: string[]): Promise<{ upserted: number; deleted: number }> {
  const uid = vacancyIndexName(deps.indexPrefix);
  await ensureVacancyIndex(deps.meili, uid);
  const index = deps.meili.index<VacancyDocument>(uid);
  const now = deps.now();
  const open = (await findListings(deps.db, vacancyIds)).filter((listing) => isOpenVacancy(listing, now));
  const openIds = new Set(open.map((l) => l.id));
  const gone = vacancyIds.filter((id) => !openIds.has(id));
  await waitForTasks(deps.meili, [
    ...(open.length > 0 ? [index.addDocuments(open.map(listingToDocument), { primaryKey: "id" })] : []),
    ...(gone.length > 0 ? [index.deleteDocuments(gone)] : []),
  ]);
  return { upserted: open.length, deleted: gone.length };
}

/** Outbox handlers for the search projection of vacancies. */
export function vacancySyncHandlers(deps: SyncDeps): Record<string, OutboxHandler> {
  return {
    [deps.topics.vacancySync]: async (messages) => {
      await syncVacancies(deps, messages.map((m) => m.aggregateId));
    },
    // A position's title, department or requirements appear in its vacancies' documents. Each vacancy is
    // re-synced through its own topic, so the one worker holding that vacancy orders the writes.
    [deps.topics.positionChanged]: async (messages) => {
      const vacancies = await vacancyIdsOfPositions(deps.db, messages.map((m) => m.aggregateId));
      await enqueueOutbox(deps.db, vacancies.map((v) => ({ topic: deps.topics.vacancySync, aggregateId: v.id, aggregateVersion: v.version })));
    },
  };
}
