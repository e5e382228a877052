import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startApiProcess, startBenchStack, type ApiProcess, type BenchStack } from "./bench-stack.js";
import { benchCareers } from "./careers.js";
import { benchCatchUp } from "./catch-up.js";
import { benchImport } from "./import.js";
import { benchParsing } from "./parsing.js";
import { peakRssMb, peakSampler, treeRssMb } from "./processes.js";
import { benchRanking } from "./ranking.js";
import { machine, markdown, rowsOf, textTable } from "./report.js";
import { benchResumes } from "./resumes.js";
import { benchScoring } from "./scoring.js";
import { benchSearch } from "./search.js";
import { progress, round } from "./stats.js";

/**
 * `npm run bench`: the benchmarks of issue 13 in one run, printed as one JSON document on stdout and a
 * table of every figure beside its target on stderr (`--markdown FILE` also writes it as markdown for
 * the README). Ratios compare our path with the raw engine measured in the same run, so a noisy machine
 * moves both sides together. `npm run bench -- search ranking` runs a subset; `careers` (Chromium) runs
 * only when named. import, ranking and search share one stack and one API process.
 */
type Shared = { stack: BenchStack; api: ApiProcess; postgres: ReturnType<typeof peakSampler> };
let shared: Shared | undefined;
async function sharedStack(): Promise<Shared> {
  if (!shared) {
    progress("starting the shared stack (embedded PostgreSQL, Meilisearch) and the API process");
    const stack = await startBenchStack("board");
    const postgres = peakSampler(() => treeRssMb(stack.postgresPid));
    shared = { stack, api: await startApiProcess(stack), postgres };
  }
  return shared;
}

const suites: Record<string, () => Promise<object>> = {
  scoring: benchScoring,
  parsing: benchParsing,
  resumes: benchResumes,
  catchUp: () => benchCatchUp(),
  import: async () => { const s = await sharedStack(); return benchImport(s.stack, s.api); },
  ranking: async () => { const s = await sharedStack(); return benchRanking(s.stack, s.api); },
  search: async () => { const s = await sharedStack(); return benchSearch(s.stack, s.api); },
  careers: () => benchCareers(),
};
// Not in issue 13's table and slow here (Chromium): run when named. Resumes (issue 10's figures) run by default.
const optIn = new Set(["careers"]);

const { values, positionals } = parseArgs({ args: process.argv.slice(2), options: { markdown: { type: "string" } }, allowPositionals: true, strict: true });
const unknown = positionals.filter((a) => !(a in suites));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(", ")}; choose from ${Object.keys(suites).join(", ")}`);
  process.exit(2);
}
const wanted = positionals.length ? positionals : Object.keys(suites).filter((s) => !optIn.has(s));
const started = Date.now();
const atStart = machine();
const results: Record<string, unknown> = {};
for (const name of wanted) {
  const suiteStarted = Date.now();
  progress(`${name}: start`);
  try {
    results[name] = { ...(await suites[name]!()), wallMs: Date.now() - suiteStarted };
  } catch (err) {
    results[name] = { error: err instanceof Error ? err.stack ?? err.message : String(err) };
    process.exitCode = 1;
  }
  progress(`${name}: done in ${round((Date.now() - suiteStarted) / 1000)} s`);
}
if (shared) {
  results.memory = {
    apiMb: round(peakRssMb(shared.api.pid)), postgresMb: round(shared.postgres.stop()), meilisearchMb: round(peakRssMb(shared.stack.meili.pid)),
    note: "peak resident memory read from /proc: the API process's VmHWM; PostgreSQL sampled every 0.5 s as the sum over its processes (shared buffers count once per process mapping them, so it overstates); Meilisearch's VmHWM",
  };
  await shared.api.stop();
  await shared.stack.stop();
}
const wallMinutes = (Date.now() - started) / 60_000;
const atEnd = machine();
const rows = rowsOf(results, wallMinutes);
console.log(JSON.stringify({ at: new Date().toISOString(), machine: { ...atStart, uptimeAtEnd: atEnd.uptime }, wallMinutes: round(wallMinutes, 2), results, table: rows }, null, 2));
process.stderr.write(`\n${textTable(rows)}\n\nload: ${atStart.uptime} → ${atEnd.uptime}\n`);
if (values.markdown) writeFileSync(values.markdown, markdown(rows, { start: atStart, end: atEnd }));
