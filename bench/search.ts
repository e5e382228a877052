import autocannon from "autocannon";
import type { ApiProcess, BenchStack } from "./bench-stack.js";
import { latency, progress, round, timed } from "./stats.js";
import { vacancyIndexName } from "../search/vacancy-index.js";
import { buildSearchParams, foldQuery } from "../search/vacancy-query.js";
import { generateBoard } from "../server/demo/generate-board.js";

// Board searches a visitor types, in both scripts, pinyin and English, and the bare board.
const queries = ["销售总监", "會計", "kuaiji", "客服", "Java", "置業顧問", "行政专员", "", "仓库", "Sales Manager"];

const ratio = (api: number, raw: number) => round(api / raw, 2);

async function searchLatency(stack: BenchStack, api: ApiProcess, runs: number) {
  const index = stack.deps.meili.index(vacancyIndexName(""));
  const jobs = async (q: string) => {
    const res = await fetch(`${api.baseUrl}/v1/jobs?${new URLSearchParams({ q, pageSize: "20" })}`);
    if (res.status !== 200) throw new Error(`GET /v1/jobs answered ${res.status}`);
    return (await res.json()) as { total: number };
  };
  const raw = (q: string) => index.search(foldQuery(q), buildSearchParams({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 }, new Date()));
  // Alternating the two sides spreads the machine's noise over both.
  const apiSamples: number[] = [];
  const rawSamples: number[] = [];
  await timed(runs, async (i) => {
    const q = queries[i % queries.length]!;
    let t = performance.now();
    await jobs(q);
    apiSamples.push(performance.now() - t);
    t = performance.now();
    await raw(q);
    rawSamples.push(performance.now() - t);
  });
  const apiLatency = latency(apiSamples.slice(20));
  const rawLatency = latency(rawSamples.slice(20));
  return {
    api: apiLatency,
    rawMeilisearch: rawLatency,
    ratioP50: ratio(apiLatency.p50Ms, rawLatency.p50Ms),
    ratioP99: ratio(apiLatency.p99Ms, rawLatency.p99Ms),
    boardTotal: (await jobs("")).total,
  };
}

async function underLoad(stack: BenchStack, api: ApiProcess, seconds: number) {
  const q = "销售";
  const params = buildSearchParams({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 }, new Date());
  const run = (opts: autocannon.Options) => autocannon({ connections: 50, duration: seconds, ...opts });
  const summary = (r: autocannon.Result) => ({
    requestsPerSecond: round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors,
  });
  const viaApi = summary(await run({ url: `${api.baseUrl}/v1/jobs?${new URLSearchParams({ q, pageSize: "20" })}` }));
  const raw = summary(await run({
    url: `${stack.meili.url}/indexes/${vacancyIndexName("")}/search`, method: "POST",
    headers: { Authorization: `Bearer ${stack.meili.masterKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ q: foldQuery(q), ...params }),
  }));
  return { connections: 50, seconds, api: viaApi, rawMeilisearch: raw, apiShareOfRaw: round(viaApi.requestsPerSecond / raw.requestsPerSecond, 2) };
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error("not searchable in time");
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** One vacancy published through the API until GET /v1/jobs finds it, against one raw add until a raw search does. */
async function publishToSearchable(stack: BenchStack, api: ApiProcess, apiKey: string, positionId: string, runs: number) {
  const auth = { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" };
  const index = stack.deps.meili.index(vacancyIndexName(""));
  const found = async (q: string, id: string) =>
    ((await (await fetch(`${api.baseUrl}/v1/jobs?${new URLSearchParams({ q })}`)).json()) as { items: { id: string }[] }).items.some((h) => h.id === id);
  const viaApi: number[] = [];
  for (let i = 0; i < runs; i++) {
    const title = `基准岗位 bench${i}x${Date.now().toString(36)}`;
    const pos = await fetch(`${api.baseUrl}/v1/positions/${positionId}`, { headers: auth }).then((r) => r.json()) as Record<string, unknown>;
    const created = await fetch(`${api.baseUrl}/v1/positions`, {
      method: "POST", headers: auth,
      body: JSON.stringify({ title, department: null, reportsTo: null, subordinates: [], summary: null, responsibilities: [], requirements: pos.requirements, compliance: [], language: "zh-Hans" }),
    }).then((r) => r.json()) as { id: string };
    const started = performance.now();
    const res = await fetch(`${api.baseUrl}/v1/vacancies`, { method: "POST", headers: auth, body: JSON.stringify({ positionId: created.id, status: "published", location: "上海" }) });
    if (res.status !== 201) throw new Error(`POST /v1/vacancies answered ${res.status}: ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    await until(() => found(title, id));
    viaApi.push(performance.now() - started);
  }
  const template = (await index.getDocuments({ limit: 1 })).results[0]!;
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const title = `基准岗位 raw${i}x${Date.now().toString(36)}`;
    const doc = { ...template, id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, title, titleSearch: title };
    const started = performance.now();
    await index.addDocuments([doc], { primaryKey: "id" });
    await until(async () => (await index.search(title, { matchingStrategy: "all" })).hits.some((h) => h.id === doc.id));
    raw.push(performance.now() - started);
  }
  await index.deleteDocuments(Array.from({ length: runs }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`));
  const a = latency(viaApi);
  const r = latency(raw);
  return { api: a, rawMeilisearch: r, ratioP50: ratio(a.p50Ms, r.p50Ms) };
}

/**
 * Search through the API (a separate process, as `npm start` runs it) against the same query sent
 * straight to Meilisearch, at each board size (grown with the synthetic board generator); then at the
 * largest size: GET /v1/jobs under load with autocannon against the raw search, and publish→searchable.
 */
export async function benchSearch(stack: BenchStack, api: ApiProcess, opts: { sizes?: number[]; runs?: number; loadSeconds?: number; publishes?: number } = {}) {
  const sizes = opts.sizes ?? [10_000, 100_000];
  const runs = opts.runs ?? 300;
  const boardDeps = { db: stack.deps.db, meili: stack.deps.meili, indexPrefix: "", logger: stack.logger, now: () => new Date() };
  const bySize: Record<string, { latency: Awaited<ReturnType<typeof searchLatency>>; generateMs: { rows: number; index: number } }> = {};
  let have = 0;
  let firstBoard: Awaited<ReturnType<typeof generateBoard>> | undefined;
  for (const [i, size] of sizes.entries()) {
    progress(`search: generating ${size - have} more vacancies (board of ${size})`);
    const board = await generateBoard(boardDeps, { vacancies: size - have, candidates: 0, applications: 0, seed: 1000 + i }, (m) => progress(`search: ${m}`));
    firstBoard ??= board;
    have = size;
    progress(`search: ${runs} searches through the API and straight to Meilisearch at ${size}`);
    bySize[size] = { latency: await searchLatency(stack, api, runs), generateMs: board.ms };
  }
  const seconds = opts.loadSeconds ?? 10;
  progress(`search: GET /v1/jobs under load, ${seconds} s through the API and ${seconds} s raw`);
  const load = await underLoad(stack, api, seconds);
  progress("search: publish→searchable");
  const org = firstBoard!.organizations[0]!;
  const vacancy = await fetch(`${api.baseUrl}/v1/vacancies/${firstBoard!.vacancyIds[0]}`, { headers: { Authorization: `Bearer ${org.apiKey}` } }).then((r) => r.json()) as { positionId: string };
  const positionId = vacancy.positionId;
  const publish = await publishToSearchable(stack, api, org.apiKey, positionId, opts.publishes ?? 20);
  return {
    name: "search: through the API vs straight to Meilisearch, under load, and publish→searchable",
    bySize,
    load,
    publishToSearchable: publish,
    note: "api = GET /v1/jobs on the API process (validation, folding, facets, DB re-check of hits, highlights); raw = the same search params sent to Meilisearch from this process; samples alternate between the two. Load: autocannon, 50 connections, the API's GET vs Meilisearch's POST /search with the same params.",
  };
}

export type SearchResult = Awaited<ReturnType<typeof benchSearch>>;
