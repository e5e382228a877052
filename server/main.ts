import type { Server } from "node:http";
import { migrateToLatest } from "../db/db.js";
import type { OutboxWorker } from "../search/outbox-worker.js";
import { createApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { seedDemoData } from "./demo/demo-data.js";
import { seedDemoApplicants } from "./candidates/demo-applicants.js";
import { publishDemoVacancies } from "./demo/demo-vacancies.js";
import { createDeps, type Deps } from "./deps.js";
import { readOrCreateSecret } from "./embedded/secrets.js";
import { startInfrastructure, type Infrastructure } from "./infrastructure.js";
import { createLogger } from "./logger.js";
import { startWorkerProcess } from "./worker-process.js";

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
const log = { info: (m: string) => logger.info(m), warn: (m: string) => logger.warn(m) };
const startedAt = Date.now();

let infra: Infrastructure | undefined;
let deps: Deps | undefined;
let server: Server | undefined;
let worker: OutboxWorker | undefined;
let stopping: Promise<void> | undefined;

/** Stops in reverse order of start; the embedded servers go last so in-flight requests can finish. */
function shutdown(code: number): Promise<void> {
  stopping ??= (async () => {
    const force = setTimeout(() => process.exit(code), 20_000);
    force.unref();
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await worker?.stop().catch(() => undefined);
    await deps?.close().catch(() => undefined);
    await infra?.stop();
    process.exit(code);
  })();
  return stopping;
}

process.on("SIGINT", () => void shutdown(0));
// A launcher (npm, tsx) killed without passing the signal on leaves us re-parented; stop then too,
// rather than keep the embedded servers running for nobody.
const launcher = process.ppid;
setInterval(() => {
  if (process.ppid !== launcher) void shutdown(0);
}, 1000).unref();
process.on("SIGTERM", () => void shutdown(0));
process.on("uncaughtException", (err) => {
  logger.fatal({ err }, "uncaught exception");
  void shutdown(1);
});
process.on("unhandledRejection", (err) => {
  logger.fatal({ err }, "unhandled rejection");
  void shutdown(1);
});

try {
  infra = await startInfrastructure(config, { log });
  const admin = config.adminToken ? { value: config.adminToken, created: false } : readOrCreateSecret(config.dataDir, "admin-token");
  if (admin.created) {
    // Printed once, on the start that created it; it is kept in DATA_DIR/admin-token.
    console.log(`\nAdmin token (shown once, also stored in ${config.dataDir}/admin-token):\n  ${admin.value}\n`);
  }
  deps = createDeps(config, { ...infra, adminToken: admin.value }, { logger });
  await migrateToLatest(deps.db);
  if (config.demoData) {
    const demo = await seedDemoData(deps);
    if (demo) {
      await publishDemoVacancies(deps, demo.organizationId);
      await seedDemoApplicants(deps, demo.organizationId);
      console.log(`Demo organization "demo" created with ${demo.positionIds.length} positions. Recruiter key (shown once):\n  ${demo.apiKey}\n`);
    }
  }
  // Sync runs here in every mode, so a publish always becomes searchable; deployments that run
  // `npm run worker` on its own set SYNC_WORKER=off. Any number of copies share rows by lease.
  if (config.syncWorker) worker = startWorkerProcess(deps, { listenUrl: infra.databaseUrl });
  const app = createApp(deps);
  server = app.listen(config.port, () => {
    logger.info({ port: config.port, startupMs: Date.now() - startedAt }, `listening on http://localhost:${config.port} (docs at /docs)`);
  });
  server.on("error", (err) => {
    logger.fatal({ err }, "could not listen");
    void shutdown(1);
  });
} catch (err) {
  logger.fatal({ err }, "start-up failed");
  await shutdown(1);
}
