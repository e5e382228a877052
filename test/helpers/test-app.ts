import { randomBytes } from "node:crypto";
import type { Express } from "express";
import pg from "pg";
import { pino } from "pino";
import supertest from "supertest";
import { inject } from "vitest";
import { migrateToLatest } from "../../db/db.js";
import { createApp } from "../../server/app.js";
import { loadConfig } from "../../server/config.js";
import { createDeps, type Deps } from "../../server/deps.js";

export type TestContext = {
  deps: Deps;
  app: Express;
  request: () => ReturnType<typeof supertest>;
  adminToken: string;
  databaseUrl: string;
  close(): Promise<void>;
};

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh, migrated database and a unique index prefix for one test file, wired into the real app.
 * `env` overrides configuration as the environment would.
 */
export async function createTestContext(env: Record<string, string> = {}, overrides: { now?: () => Date } = {}): Promise<TestContext> {
  const suffix = randomBytes(5).toString("hex");
  const databaseUrl = await createDatabase(inject("postgresUrl"), `test_${suffix}`);
  const adminToken = `admin-${randomBytes(24).toString("hex")}`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    MEILI_URL: inject("meiliUrl"),
    MEILI_MASTER_KEY: inject("meiliMasterKey"),
    MEILI_INDEX_PREFIX: `t${suffix}_`,
    ADMIN_TOKEN: adminToken,
    PUBLIC_RATE_LIMIT: "0",
    LOG_LEVEL: "silent",
    ...env,
  });
  const deps = createDeps(
    config,
    { databaseUrl, meiliUrl: config.meiliUrl!, meiliMasterKey: config.meiliMasterKey, adminToken },
    { logger: pino({ level: "silent" }), ...overrides },
  );
  await migrateToLatest(deps.db);
  // Every response is checked against the schema its route declares, so /openapi.json cannot drift.
  const app = createApp(deps, { checkResponses: true });
  return {
    deps,
    app,
    request: () => supertest(app),
    adminToken,
    databaseUrl,
    close: () => deps.close(),
  };
}
