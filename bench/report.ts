import { execSync } from "node:child_process";
import { cpus, totalmem } from "node:os";

// The bench's figures as one table, each beside its target from issue 13 with pass/miss: printed for
// people on stderr, and as markdown (`--markdown FILE`) to paste into the README's Performance section.

export type Row = { benchmark: string; size: string; figure: string; value: number | null; unit: string; target?: { op: "≤" | "≥"; value: number } };

const get = (o: unknown, path: string): number | null => {
  let at: unknown = o;
  for (const key of path.split(".")) at = at && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === "number" ? at : null;
};

/** Rows from the results document; a suite that did not run (or failed) gives no rows. */
export function rowsOf(results: Record<string, unknown>, wallMinutes: number): Row[] {
  const rows: Row[] = [];
  const add = (benchmark: string, size: string, figure: string, suite: string, path: string, unit: string, target?: Row["target"]) => {
    if (!(suite in results) || get(results[suite], path) === null) return;
    rows.push({ benchmark, size, figure, value: get(results[suite], path), unit, ...(target ? { target } : {}) });
  };
  for (const size of ["10000", "100000"]) {
    const s = `${Number(size) / 1000}k vacancies`;
    add("search, API vs raw", s, "API p50", "search", `bySize.${size}.latency.api.p50Ms`, "ms");
    add("search, API vs raw", s, "raw p50", "search", `bySize.${size}.latency.rawMeilisearch.p50Ms`, "ms");
    add("search, API vs raw", s, "p50 ratio", "search", `bySize.${size}.latency.ratioP50`, "×", { op: "≤", value: 1.3 });
    add("search, API vs raw", s, "API p99", "search", `bySize.${size}.latency.api.p99Ms`, "ms");
    add("search, API vs raw", s, "raw p99", "search", `bySize.${size}.latency.rawMeilisearch.p99Ms`, "ms");
    add("search, API vs raw", s, "p99 ratio", "search", `bySize.${size}.latency.ratioP99`, "×", { op: "≤", value: 1.3 });
  }
  add("publish→searchable", "one vacancy", "API p50", "search", "publishToSearchable.api.p50Ms", "ms");
  add("publish→searchable", "one vacancy", "raw add p50", "search", "publishToSearchable.rawMeilisearch.p50Ms", "ms");
  add("publish→searchable", "one vacancy", "ratio", "search", "publishToSearchable.ratioP50", "×", { op: "≤", value: 1.5 });
  for (const size of ["1000", "10000"]) {
    const s = `${Number(size) / 1000}k vacancies`;
    add("catch-up", s, "burst, worker running", "catchUp", `bySize.${size}.burstWithWorkerRunning.docsPerSecond`, "docs/s");
    add("catch-up", s, "backlog drain", "catchUp", `bySize.${size}.backlogDrain.docsPerSecond`, "docs/s", { op: "≥", value: 2000 });
    add("catch-up", s, "raw bulk add", "catchUp", `bySize.${size}.rawBulkAdd.docsPerSecond`, "docs/s");
    add("catch-up", s, "backlog vs raw", "catchUp", `bySize.${size}.backlogVsRawRatio`, "×", { op: "≤", value: 1.5 });
  }
  const docs = `${get(results.import, "documents") ?? "?"} seed documents`;
  add("import", docs, "through the API", "import", "api.documentsPerSecond", "docs/s");
  add("import", docs, "through the API", "import", "api.mbPerSecond", "MB/s");
  add("import", docs, "parser alone", "import", "parserOnly.mbPerSecond", "MB/s");
  add("scoring", "one core", "pairs", "scoring", "pairsPerSecond", "pairs/s", { op: "≥", value: 100_000 });
  add("scoring", "one core", "pairs, first (cold) pass", "scoring", "firstPassPairsPerSecond", "pairs/s");
  add("scoring", "one core", "pairs, a new candidate object each", "scoring", "freshRowsPairsPerSecond", "pairs/s");
  const resumes = `${get(results.resumes, "corpusDocuments") ?? "?"} corpus resumes`;
  add("resume parsing", resumes, "API path, one pool thread", "resumes", "apiPathResumesPerSecondOnePoolThread", "resumes/s");
  add("resume parsing", resumes, "reader alone, one core", "resumes", "readerOnlyResumesPerSecondOneCore", "resumes/s");
  add("resume parsing", "two-page PDF", "API path p50", "resumes", "twoPagePdf.apiPath.p50Ms", "ms");
  add("resume parsing", "two-page PDF", "API path p95", "resumes", "twoPagePdf.apiPath.p95Ms", "ms");
  add("resume parsing", "two-page PDF", "on the calling thread p50", "resumes", "twoPagePdf.inProcess.p50Ms", "ms");
  add("resume parsing", "two-page PDF", "pdf.js alone p50", "resumes", "twoPagePdf.pdfjsOnly.p50Ms", "ms");
  for (const size of ["10000", "100000"]) {
    const s = `${Number(size) / 1000}k applicants`;
    const target = size === "100000" ? { op: "≤" as const, value: 20 } : undefined;
    add("ranked list", s, "first page p50", "ranking", `bySize.${size}.firstPage.api.p50Ms`, "ms", target);
    add("ranked list", s, "page 500 p50", "ranking", `bySize.${size}.page500.api.p50Ms`, "ms", target);
  }
  add("GET /v1/jobs under load", "50 connections", "API", "search", "load.api.requestsPerSecond", "req/s");
  add("GET /v1/jobs under load", "50 connections", "raw search", "search", "load.rawMeilisearch.requestsPerSecond", "req/s");
  add("GET /v1/jobs under load", "50 connections", "API share of raw", "search", "load.apiShareOfRaw", "×");
  add("peak RSS", "board of 100k", "API", "memory", "apiMb", "MB", { op: "≤", value: 250 });
  add("peak RSS", "board of 100k", "PostgreSQL (all processes)", "memory", "postgresMb", "MB");
  add("peak RSS", "board of 100k", "Meilisearch", "memory", "meilisearchMb", "MB");
  rows.push({ benchmark: "whole bench", size: "", figure: "wall time", value: Math.round(wallMinutes * 10) / 10, unit: "min", target: { op: "≤", value: 15 } });
  return rows;
}

const verdict = (r: Row) => (!r.target || r.value === null ? "" : (r.target.op === "≤" ? r.value <= r.target.value : r.value >= r.target.value) ? "pass" : "miss");
const cells = (r: Row) => [r.benchmark, r.size, r.figure, r.value === null ? "—" : `${r.value.toLocaleString("en")} ${r.unit}`, r.target ? `${r.target.op} ${r.target.value.toLocaleString("en")} ${r.unit}` : "", verdict(r)];
const header = ["benchmark", "size", "figure", "measured", "target", ""];

export function textTable(rows: Row[]): string {
  const all = [header, ...rows.map(cells)];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
  return all.map((r) => r.map((c, i) => c + " ".repeat(widths[i]! - [...c].length)).join("  ")).join("\n");
}

export function machine(): { nproc: number; memoryGb: number; node: string; cpu: string; uptime: string } {
  const uptime = (() => { try { return execSync("uptime", { encoding: "utf8" }).trim(); } catch { return "unknown"; } })();
  return { nproc: cpus().length, memoryGb: Math.round(totalmem() / 1e8) / 10, node: process.version, cpu: cpus()[0]?.model ?? "unknown", uptime };
}

export function markdown(rows: Row[], m: { start: ReturnType<typeof machine>; end: ReturnType<typeof machine> }): string {
  const line = (c: string[]) => `| ${c.join(" | ")} |`;
  return [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${m.start.nproc} cores (${m.start.cpu}), ${m.start.memoryGb} GB, Node ${m.start.node}.`,
    `Load when it began: \`${m.start.uptime}\`; when it ended: \`${m.end.uptime}\`.`,
    "",
    line(header.slice(0, 5).concat("result")),
    line(header.map(() => "---")),
    ...rows.map((r) => line(cells(r))),
    "",
  ].join("\n");
}
