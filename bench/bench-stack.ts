import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino, type Logger } from "pino";
import { migrateToLatest } from "../db/db.js";
import { createApp } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import { createDeps, type Deps } from "../server/deps.js";
import { startEmbeddedMeilisearch } from "../server/embedded/meilisearch.js";
import { startEmbeddedPostgres } from "../server/embedded/postgres.js";

export type BenchStack = {
  deps: Deps;
  server: Server;
  baseUrl: string;
  postgresUrl: string;
  logger: Logger;
  stop(): Promise<void>;
};

/**
 * A private embedded PostgreSQL and Meilisearch, a migrated database and the real app listening on
 * loopback: each benchmark measures our path and the raw engines side by side on the same servers.
 */
export async function startBenchStack(name: string): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), `jobboard-bench-${name}-`));
  chmodSync(dataDir, 0o755);
  const log = { info: () => undefined, warn: () => undefined };
  const postgres = await startEmbeddedPostgres({ dataDir, log });
  const meili = await startEmbeddedMeilisearch({ dataDir, log });
  const adminToken = "bench-admin-token-0123456789abcdef";
  const config = loadConfig({
    DATABASE_URL: postgres.url, MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, ADMIN_TOKEN: adminToken, PUBLIC_RATE_LIMIT: "0", LOG_LEVEL: "silent",
  });
  const logger = pino({ level: process.env.BENCH_LOG ?? "silent" });
  const deps = createDeps(config, { databaseUrl: postgres.url, meiliUrl: meili.url, meiliMasterKey: meili.masterKey, adminToken }, { logger });
  await migrateToLatest(deps.db);
  const server = createApp(deps).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    deps,
    server,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    postgresUrl: postgres.url,
    logger,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.close();
      await Promise.allSettled([postgres.stop(), meili.stop()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
