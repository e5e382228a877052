import type { Config } from "./config.js";
import { startEmbeddedMeilisearch } from "./embedded/meilisearch.js";
import { startEmbeddedPostgres } from "./embedded/postgres.js";
import type { Logger } from "./embedded/child-process.js";

export type Infrastructure = {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  embedded: { postgres: boolean; meilisearch: boolean };
  stop(): Promise<void>;
};

/** Connects to the configured servers, starting embedded ones for whichever is not configured. */
export async function startInfrastructure(
  config: Config,
  opts: { log?: Logger; needSearch?: boolean } = {},
): Promise<Infrastructure> {
  const log = opts.log ?? { info: (m) => console.error(m), warn: (m) => console.error(m) };
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    await Promise.allSettled(stops.reverse().map((s) => s()));
  };
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
      stops.push(pg.stop);
      databaseUrl = pg.url;
      log.info(`embedded PostgreSQL ready on 127.0.0.1:${pg.port}`);
    }
    let meiliUrl = config.meiliUrl ?? "";
    let meiliMasterKey = config.meiliMasterKey;
    if (!config.meiliUrl && opts.needSearch !== false) {
      const meili = await startEmbeddedMeilisearch({ dataDir: config.dataDir, log, binary: config.meiliBinary });
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
      log.info(`embedded Meilisearch ready on ${meili.url}`);
    }
    return {
      databaseUrl,
      meiliUrl,
      meiliMasterKey,
      embedded: { postgres: !config.databaseUrl, meilisearch: !config.meiliUrl },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
