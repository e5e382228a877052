import { cpus } from "node:os";
import { benchCareers } from "./careers.js";
import { benchCatchUp } from "./catch-up.js";
import { benchParsing } from "./parsing.js";
import { benchRanking } from "./ranking.js";
import { benchResumes } from "./resumes.js";
import { benchScoring } from "./scoring.js";
import { benchSearch } from "./search.js";

/**
 * `npm run bench`: every benchmark in one run, printed as one JSON document. Ratios compare our
 * path with the raw engine (Meilisearch, SQL) measured in the same run, so a noisy machine moves
 * both sides together. `npm run bench -- parsing scoring` runs a subset.
 */
const suites: Record<string, () => Promise<object>> = {
  parsing: benchParsing,
  resumes: benchResumes,
  scoring: benchScoring,
  search: () => benchSearch(),
  catchUp: () => benchCatchUp(),
  ranking: () => benchRanking(),
  careers: () => benchCareers(),
};

const wanted = process.argv.slice(2).filter((a) => a in suites);
const results: Record<string, unknown> = {};
for (const name of wanted.length ? wanted : Object.keys(suites)) {
  const started = Date.now();
  try {
    results[name] = { ...(await suites[name]!()), wallMs: Date.now() - started };
  } catch (err) {
    results[name] = { error: err instanceof Error ? err.message : String(err) };
    process.exitCode = 1;
  }
}
console.log(
  JSON.stringify(
    { at: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, results },
    null,
    2,
  ),
);
