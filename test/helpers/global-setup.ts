import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedMeilisearch } from "../../server/embedded/meilisearch.js";
import { startEmbeddedPostgres } from "../../server/embedded/postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

/** One real Postgres and one real Meilisearch for the whole run; each test file isolates itself inside them. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), "jobboard-test-"));
  chmodSync(dataDir, 0o755);
  const log = { info: () => undefined, warn: (m: string) => console.warn(m) };
  const postgres = await startEmbeddedPostgres({ dataDir, log });
  const meili = await startEmbeddedMeilisearch({ dataDir, log });
  project.provide("postgresUrl", postgres.url);
  project.provide("meiliUrl", meili.url);
  project.provide("meiliMasterKey", meili.masterKey);
  return async () => {
    await Promise.allSettled([postgres.stop(), meili.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
