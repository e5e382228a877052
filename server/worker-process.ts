import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pingDatabase } from "../db/health.repository.js";
import { candidateIndexIfMissing } from "../search/candidate-reindex.js";
import type { OutboxWorker } from "../search/outbox-worker.js";
import type { Deps } from "./deps.js";
import { syncBatchRows, syncBatchSeconds } from "./metrics.js";
import { createSyncWorker } from "./sync-wiring.js";

/**
 * The outbox worker with every module's handlers, as both `npm run worker` and the embedded server run
 * it. `listenUrl` lets it wake on NOTIFY instead of waiting for the next poll.
 */
export function startWorkerProcess(deps: Deps, opts: { listenUrl?: string; heartbeatFile?: boolean } = {}): OutboxWorker {
  const worker = createSyncWorker(deps, {
    options: {
      listenUrl: opts.listenUrl,
      onBatch: (batch) => {
        syncBatchRows.observe(batch.rows);
        syncBatchSeconds.observe(batch.seconds);
      },
    },
  });
  worker.start();
  const poolDeps = { db: deps.db, meili: deps.meili, logger: deps.logger, indexPrefix: deps.config.indexPrefix, now: deps.now };
  void candidateIndexIfMissing(poolDeps).catch((err) => deps.logger.warn({ err }, "talent-pool rebuild failed; the outbox still syncs changes"));
  if (!opts.heartbeatFile) return worker;
  // The container health check reads this file's age; it is touched only while the database answers.
  const file = join(deps.config.dataDir, "worker-heartbeat");
  const beat = () =>
    pingDatabase(deps.db)
      .then(() => {
        const now = new Date();
        try {
          utimesSync(file, now, now);
        } catch {
          writeFileSync(file, "");
        }
      })
      .catch((err) => deps.logger.warn({ err }, "worker heartbeat skipped: database unreachable"));
  void beat();
  const timer = setInterval(beat, 15_000);
  timer.unref();
  return {
    ...worker,
    async stop() {
      clearInterval(timer);
      await worker.stop();
    },
  };
}
