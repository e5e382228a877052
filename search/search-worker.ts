import type { Meilisearch } from "meilisearch";
import type { Logger } from "pino";
import type { Db } from "../db/db.js";
import { mergeOutboxHandlers } from "../server/candidates/candidate-outbox.js";
import { closeExpiredVacancies } from "../server/vacancies/vacancy.service.js";
import { createOutboxWorker, type OutboxHandler, type OutboxWorker, type OutboxWorkerOptions } from "./outbox-worker.js";
import { rebuildIfBroken } from "./reindex.js";
import { vacancySyncHandlers } from "./vacancy-sync.js";

export type SearchWorkerDeps = { db: Db; meili: Meilisearch; logger: Logger; indexPrefix: string; now: () => Date };

/**
 * The background side of search: drains the outbox into Meilisearch, closes vacancies whose closing
 * time passed, and rebuilds the index from the database if it is missing or lost its settings. `extraHandlers` adds other
 * modules' topics; a topic both follow (position.changed) runs both handlers.
 */
export function createSearchWorker(
  deps: SearchWorkerDeps,
  opts: { options?: OutboxWorkerOptions; extraHandlers?: Record<string, OutboxHandler>; expiryCheckMs?: number } = {},
): OutboxWorker {
  const worker = createOutboxWorker({
    db: deps.db,
    logger: deps.logger,
    handlers: mergeOutboxHandlers(vacancySyncHandlers(deps), opts.extraHandlers ?? {}),
    options: opts.options,
  });
  let timer: NodeJS.Timeout | undefined;
  const closeExpired = () =>
    closeExpiredVacancies(deps)
      .then((n) => n > 0 && deps.logger.info({ closed: n }, "closed vacancies past their closing time"))
      .catch((err) => deps.logger.warn({ err }, "closing expired vacancies failed"));
  const checkIndex = () => rebuildIfBroken(deps).catch((err) => deps.logger.warn({ err }, "vacancy index check failed; the outbox still syncs changes"));
  const tick = () => Promise.all([closeExpired(), checkIndex()]);
  return {
    ...worker,
    start() {
      void tick();
      timer = setInterval(tick, opts.expiryCheckMs ?? 30_000);
      timer.unref();
      worker.start();
    },
    async stop() {
      clearInterval(timer);
      await worker.stop();
    },
  };
}
