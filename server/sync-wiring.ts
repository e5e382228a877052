import type { OutboxWorker, OutboxWorkerOptions } from "../search/outbox-worker.js";
import { createSearchWorker } from "../search/search-worker.js";
import type { SearchTopics, SyncDeps } from "../search/vacancy-sync.js";
import { candidateOutboxHandlers } from "./candidates/candidate-outbox.js";
import type { Deps } from "./deps.js";
import { POSITION_CHANGED } from "./positions/position.service.js";
import { closeExpiredVacancies, VACANCY_SYNC } from "./vacancies/vacancy.service.js";

/**
 * Where the search projection meets the services: search/ imports no service, so the topic names the
 * services write and the rules it runs on their behalf (closing expired vacancies, the candidate
 * module's handlers) are passed in here.
 */
export const searchTopics: SearchTopics = { vacancySync: VACANCY_SYNC, positionChanged: POSITION_CHANGED };

type WiringDeps = Pick<Deps, "db" | "meili" | "logger" | "config" | "now">;

/** What search/'s sync, reindex and rebuild functions need, from the process's dependencies. */
export function searchSyncDeps(deps: Pick<Deps, "db" | "meili" | "config" | "now">): SyncDeps {
  return { db: deps.db, meili: deps.meili, indexPrefix: deps.config.indexPrefix, now: deps.now, topics: searchTopics };
}

/** The outbox worker as every process runs it: the search projection merged with every module's handlers. */
export function createSyncWorker(deps: WiringDeps, opts: { options?: OutboxWorkerOptions; expiryCheckMs?: number } = {}): OutboxWorker {
  return createSearchWorker(
    { ...searchSyncDeps(deps), logger: deps.logger },
    {
      extraHandlers: candidateOutboxHandlers(deps),
      closeExpired: () => closeExpiredVacancies(deps),
      options: opts.options,
      expiryCheckMs: opts.expiryCheckMs,
    },
  );
}
