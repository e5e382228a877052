import { loadConfig } from "../server/config.js";
import { startInfrastructure } from "../server/infrastructure.js";
import { createDb, migrateToLatest } from "./db.js";

const config = loadConfig();
const infra = await startInfrastructure(config, { needSearch: false });
const db = createDb(infra.databaseUrl, { max: 1 });
try {
  const { results } = await migrateToLatest(db);
  for (const r of results ?? []) console.log(`${r.status}: ${r.migrationName}`);
  if (!results?.length) console.log("database is up to date");
} finally {
  await db.destroy();
  await infra.stop();
}
