import { loadConfig } from "../server/config.js";
import { createDeps } from "../server/deps.js";
import { startInfrastructure } from "../server/infrastructure.js";
import { reindexVacancies } from "./reindex.js";
import { createLogger } from "../server/logger.js";
import { searchSyncDeps } from "../server/sync-wiring.js";

// `npm run reindex`: rebuilds the vacancy index from Postgres into a fresh index and swaps it in;
// searches keep answering from the old index meanwhile. With embedded services the server must be
// stopped first (one Meilisearch per data folder); with MEILI_URL it runs beside a live server.
const config = loadConfig();
const logger = createLogger(config.logLevel);
const infra = await startInfrastructure(config, { log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m) } });
const deps = createDeps(config, { ...infra, adminToken: config.adminToken ?? "unused-by-reindex" }, { logger });
try {
  const { indexed, ms } = await reindexVacancies({ ...searchSyncDeps(deps), logger });
  console.log(`reindexed ${indexed} published vacancies into ${config.indexPrefix}vacancies in ${ms} ms`);
} finally {
  await deps.close();
  await infra.stop();
}
