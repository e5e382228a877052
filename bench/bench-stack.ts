import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pino, type Logger } from "pino";
import { migrateToLatest } from "../db/db.js";
import { createApp } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import { createDeps, type Deps } from "../server/deps.js";
import { freePort } from "../server/embedded/child-process.js";
import { startEmbeddedMeilisearch } from "../server/embedded/meilisearch.js";
import { startEmbeddedPostgres } from "../server/embedded/postgres.js";

export type BenchStack = {
  deps: Deps;
  server: Server;
  /** The app in this process (for benchmarks that stop and start the worker themselves). */
  baseUrl: string;
  postgresUrl: string;
  meili: { url: string; masterKey: string; pid: number };
  postgresPid: number;
  adminToken: string;
  logger: Logger;
  stop(): Promise<void>;
};

export type ApiProcess = { baseUrl: string; pid: number; stop(): Promise<void> };

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
    meili: { url: meili.url, masterKey: meili.masterKey, pid: meili.pid },
    postgresPid: postgres.pid,
    adminToken,
    logger,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.close();
      await Promise.allSettled([postgres.stop(), meili.stop()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The API as `npm start` runs it (server/main.ts, sync worker in-process), in its own process against
 * the stack's servers: what load tests hit and whose memory is measured, apart from the bench's own.
 */
export async function startApiProcess(stack: BenchStack): Promise<ApiProcess> {
  const port = await freePort();
  // BENCH_API_ARGS adds Node flags to the API process (e.g. `--cpu-prof --cpu-prof-dir=prof`, `--heapsnapshot-signal=SIGUSR2`).
  const nodeArgs = (process.env.BENCH_API_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/main.ts"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: {
      ...process.env, PORT: String(port), DATABASE_URL: stack.postgresUrl, MEILI_URL: stack.meili.url, MEILI_MASTER_KEY: stack.meili.masterKey,
      ADMIN_TOKEN: stack.adminToken, PUBLIC_RATE_LIMIT: "0", LOG_LEVEL: "warn", DEMO_DATA: "0", SYNC_WORKER: "on",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (!(await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`the API process exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("the API process was not ready in 120 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    }),
  };
}
