import { mkdirSync } from "node:fs";
import { migrateToLatest } from "../db/db.js";
import { loadConfig } from "../server/config.js";
import { createDeps } from "../server/deps.js";
import { startInfrastructure } from "../server/infrastructure.js";
import { createLogger } from "../server/logger.js";
import { startWorkerProcess } from "../server/worker-process.js";

// `npm run worker`: the outbox sync worker on its own, for deployments where the API does not run it
// (MEILI_URL set). Any number may run; they share rows through FOR UPDATE SKIP LOCKED.
const config = loadConfig();
const logger = createLogger(config.logLevel);
const infra = await startInfrastructure(config, { log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m) } });
const deps = createDeps(config, { ...infra, adminToken: config.adminToken ?? "unused-by-the-worker" }, { logger });
await migrateToLatest(deps.db);
mkdirSync(config.dataDir, { recursive: true });
const worker = startWorkerProcess(deps, { listenUrl: infra.databaseUrl, heartbeatFile: true });
logger.info("outbox worker running");

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await deps.close();
  await infra.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
