import { parseArgs } from "node:util";
import { migrateToLatest } from "../../db/db.js";
import { ConfigError, loadConfig } from "../config.js";
import { createDeps } from "../deps.js";
import { startInfrastructure } from "../infrastructure.js";
import { createLogger } from "../logger.js";
import { BoardSize, generateBoard } from "./generate-board.js";

/**
 * `npm run generate -- --vacancies N --candidates M --applications K [--seed S] [--organizations O]`:
 * fills the configured database (DATABASE_URL / MEILI_URL, else the embedded servers in DATA_DIR, the
 * same ones `npm start` uses) with a synthetic board. Bad flags stop it with a message naming the flag.
 */
export function parseGenerateArgs(argv: string[]): BoardSize {
  const { values } = parseArgs({
    args: argv,
    options: { vacancies: { type: "string" }, candidates: { type: "string" }, applications: { type: "string" }, seed: { type: "string" }, organizations: { type: "string" } },
    strict: true,
  });
  const number = (v: string | undefined) => (v === undefined ? undefined : /^\d+$/.test(v) ? Number(v) : v);
  const parsed = BoardSize.safeParse({
    vacancies: number(values.vacancies ?? "1000"),
    candidates: number(values.candidates ?? "1000"),
    applications: number(values.applications ?? values.candidates ?? "1000"),
    seed: number(values.seed ?? "1"),
    ...(values.organizations === undefined ? {} : { organizations: number(values.organizations) }),
  });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({
      variable: `--${i.path.join(".")}`, message: i.code === "invalid_type" ? "expected a whole number" : i.message,
    })));
  }
  return parsed.data;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let size: BoardSize;
  try {
    size = parseGenerateArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const infra = await startInfrastructure(config, { log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m) } });
  const deps = createDeps(config, { ...infra, adminToken: config.adminToken ?? "unused-by-generate" }, { logger });
  const where = `${infra.embedded.postgres ? `embedded PostgreSQL in ${config.dataDir}` : "DATABASE_URL"}, ${infra.embedded.meilisearch ? "embedded Meilisearch" : "MEILI_URL"}`;
  try {
    await migrateToLatest(deps.db);
    console.error(`generating ${JSON.stringify(size)} into ${where}`);
    const board = await generateBoard({ db: deps.db, meili: deps.meili, indexPrefix: config.indexPrefix, logger, now: deps.now }, size, (m) => console.error(m));
    console.log(JSON.stringify({
      into: where, vacancies: board.vacancyIds.length, candidates: board.candidates, applications: board.applications, indexed: board.indexed, ms: board.ms,
      organizations: board.organizations.map(({ slug, name, apiKey }) => ({ slug, name, recruiterKey: apiKey })),
    }, null, 2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  } finally {
    await deps.close();
    await infra.stop();
  }
}
