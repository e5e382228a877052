import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiProcess, BenchStack } from "./bench-stack.js";
import { progress, round } from "./stats.js";
import { seedsDir } from "../server/demo/demo-data.js";
import { parsePositions } from "../server/positions/parse.js";

/**
 * Import throughput: the seed documents, repeated, through POST /v1/positions/import on the API
 * process (decode, parse, store the document and its positions), in documents and MB per second;
 * beside the parser alone on this process over the same documents, the share the rest costs.
 */
export async function benchImport(stack: BenchStack, api: ApiProcess, opts: { rounds?: number } = {}) {
  const rounds = opts.rounds ?? 4;
  const dir = seedsDir();
  const documents = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
  const created = await fetch(`${api.baseUrl}/v1/organizations`, {
    method: "POST", headers: { Authorization: `Bearer ${stack.adminToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Import 基准", slug: "bench-import" }),
  }).then((r) => r.json()) as { apiKey: string };
  const headers = { Authorization: `Bearer ${created.apiKey}`, "Content-Type": "text/plain" };
  const post = async (bytes: Buffer) => {
    const res = await fetch(`${api.baseUrl}/v1/positions/import`, { method: "POST", headers, body: bytes });
    if (res.status !== 201) throw new Error(`POST /v1/positions/import answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { positions: unknown[] }).positions.length;
  };
  for (const d of documents) await post(d.bytes); // warm-up: the parser's first run compiles its tables
  progress(`import: the ${documents.length} seeds × ${rounds} through the API`);
  let positions = 0;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of documents) positions += await post(d.bytes);
  const ms = performance.now() - started;
  const bytes = documents.reduce((s, d) => s + d.bytes.length, 0) * rounds;
  const texts = documents.map((d) => d.bytes.toString("utf8"));
  for (const t of texts) parsePositions(t);
  const parseStarted = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) parsePositions(t);
  const parseMs = performance.now() - parseStarted;
  return {
    name: "import throughput: the seeds, repeated, through POST /v1/positions/import",
    documents: documents.length * rounds,
    positions,
    megabytes: round(bytes / 1e6, 2),
    api: { ms: round(ms), documentsPerSecond: round((documents.length * rounds * 1000) / ms), mbPerSecond: round(bytes / 1e6 / (ms / 1000), 3) },
    parserOnly: { ms: round(parseMs), documentsPerSecond: round((documents.length * rounds * 1000) / parseMs), mbPerSecond: round(bytes / 1e6 / (parseMs / 1000), 3) },
    apiVsParserRatio: round(ms / parseMs, 2),
  };
}
