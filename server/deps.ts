import { Meilisearch } from "meilisearch";
import type { Logger } from "pino";
import { createDb, type Db } from "../db/db.js";
import { createAuthenticator, type Authenticator } from "./auth/authenticate.js";
import { candidateTokenResolver } from "./candidates/candidate.service.js";
import type { Config } from "./config.js";
import { closeDocumentPool, configureDocumentPool } from "./documents/index.js";
import { createLogger } from "./logger.js";

export type Deps = {
  config: Config;
  db: Db;
  meili: Meilisearch;
  logger: Logger;
  adminToken: string;
  authenticate: Authenticator;
  now: () => Date;
  close(): Promise<void>;
};

export function createMeiliClient(url: string, apiKey: string | undefined): Meilisearch {
  // Node's default Accept-Encoding makes loopback searches ~30x slower; identity avoids it.
  return new Meilisearch({ host: url, apiKey, requestInit: { headers: { "Accept-Encoding": "identity" } }, timeout: 10_000 });
}

/** Wires everything by hand: no container, one place to read what the app depends on. */
export function createDeps(
  config: Config,
  conn: { databaseUrl: string; meiliUrl: string; meiliMasterKey: string | undefined; adminToken: string },
  overrides: { logger?: Logger; now?: () => Date } = {},
): Deps {
  const db = createDb(conn.databaseUrl);
  const logger = overrides.logger ?? createLogger(config.logLevel);
  configureDocumentPool(config.documentPool);
  return {
    config,
    db,
    meili: createMeiliClient(conn.meiliUrl, conn.meiliMasterKey),
    logger,
    adminToken: conn.adminToken,
    authenticate: createAuthenticator({ db, adminToken: conn.adminToken, resolveCandidateToken: candidateTokenResolver(db) }),
    now: overrides.now ?? (() => new Date()),
    // The document pool is the process's (one per process); closing stops its threads too.
    close: async () => {
      await closeDocumentPool();
      await db.destroy();
    },
  };
}
