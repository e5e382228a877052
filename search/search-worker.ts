import type { Logger } from "pino";
import { createOutboxWorker, mergeOutboxHandlers, type OutboxHandler, type OutboxWorker, type OutboxWorkerOptions } from "./outbox-worker.js";
import { rebuildIfBroken } from "./reindex.js";
import { vacancySyncHandlers, type SyncDeps } from "./vacancy-sync.js";

export type SearchWorkerDeps = SyncDeps & { logger: Logger };

/**
 * The background side of search: drains the outbox into Meilisearch, runs `closeExpired` (the vacancy
 * module's rule for vacancies whose closing time passed) and rebuilds the index from the database if it
 * is missing or lost its settings. `extraHandlers` adds other modules' topics; a topic both follow
 * (position.changed) runs both handlers. The wiring (server/sync-wiring.ts) passes in what is not search's.
 */
export function createSearchWorker(
  deps: SearchWorkerDeps,
  opts: {
    options?: OutboxWorkerOptions;
    extraHandlers?: Record<string, OutboxHandler>;
    /** Closes what passed its closing time; returns how many it closed. */
    closeExpired?: () => Promise<number>;
    expiryCheckMs?: number;
  } = {},
): OutboxWorker {
  const worker = createOutboxWorker({
    db: deps.db,
    logger: deps.logger,
    handlers: mergeOutboxHandlers(vacancySyncHandlers(deps), opts.extraHandlers ?? {}),
    options: opts.options,
  });
  let timer: NodeJS.Timeout | undefined;
  const closeExpired = async () => {
    if (!opts.closeExpired) return;
    await opts
      .closeExpired()
      .then((n) => n > 0 && deps.logger.info({ closed: n }, "closed vacancies past their closing time"))
      .catch((err) => deps.logger.warn({ err }, "closing expired vacancies failed"));
  };
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
