import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from "kysely";
import pg from "pg";
import type { Database } from "./database.js";
import { migrations } from "./migrations/index.js";

// Return bigint counts as numbers: our counts are far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;

/** Opening a connection to a server that does not answer fails after this long. */
const CONNECT_TIMEOUT_MS = 5000;

// pg-pool reads one `connectionTimeoutMillis` both for opening a connection and for waiting in its
// queue for a free one. Under a burst (400 applications at once) a request can wait longer than that
// for its turn, and failing it then was a 500 for a request that only had to wait. So the pool's
// queue has no deadline and the connect timeout lives on the client alone.
class ConnectTimeoutClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

export function createDb(connectionString: string, opts: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 10, connectionTimeoutMillis: 0, Client: ConnectTimeoutClient });
  // An idle client losing its server (e.g. Postgres restarting) must not crash the process.
  pool.on("error", () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
