import { startBenchStack } from "./bench-stack.js";
import { insertPositions } from "../db/position.repository.js";
import { reindexVacancies } from "../search/reindex.js";
import { createSearchWorker } from "../search/search-worker.js";
import { vacancyIndexName } from "../search/vacancy-index.js";
import { buildSearchParams, foldQuery } from "../search/vacancy-query.js";
import { createOrganization } from "../server/organizations/organization.service.js";
import { emptyRequirements } from "../server/positions/position.schema.js";
import { positionToRow } from "../server/positions/position.service.js";
import { searchTopics } from "../server/sync-wiring.js";

const titles = ["銷售總監", "电信业务代表", "前台接待", "客服专员", "财务主管", "Java开发工程师", "人力資源專員", "區域銷售經理"];

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), meanMs: round(samples.reduce((s, x) => s + x, 0) / samples.length), n: samples.length };
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error("not searchable in time");
    await new Promise((r) => setTimeout(r, 2));
  }
}

/**
 * In one run against its own embedded Postgres and Meilisearch: how long a vacancy takes from the
 * publish request to being found through GET /v1/jobs (API → outbox → NOTIFY → worker → Meilisearch
 * task), against adding the same kind of document straight to Meilisearch and polling a raw search;
 * and search latency through the API against the same query sent to Meilisearch directly.
 */
export async function benchSearch(opts: { background?: number; publishes?: number; searches?: number } = {}): Promise<object> {
  const background = opts.background ?? 2000;
  const publishes = opts.publishes ?? 30;
  const searches = opts.searches ?? 300;
  const stack = await startBenchStack("search");
  const { deps, logger } = stack;
  const searchDeps = { db: deps.db, meili: deps.meili, indexPrefix: "", now: () => new Date(), logger, topics: searchTopics };
  const worker = createSearchWorker(searchDeps, { options: { listenUrl: stack.postgresUrl } });
  try {
    const org = await createOrganization(deps.db, { name: "Bench 基准公司", slug: "bench" });
    const positions = await insertPositions(
      deps.db,
      titles.map((title) => positionToRow(org.id, null, {
        title, department: "销售部", reportsTo: null, subordinates: [], summary: "负责区域市场开拓与客户关系维护", responsibilities: ["制定销售计划"],
        requirements: emptyRequirements(), compliance: [], language: "zh-Hans", sourceText: "",
      })),
    );
    const now = new Date();
    await deps.db
      .insertInto("vacancies")
      .values(Array.from({ length: background }, (_, i) => ({
        organization_id: org.id, position_id: positions[i % positions.length]!.id, slug: `bg-${i}`, status: "published" as const,
        published_at: now, updated_at: now, salary: "null", weights: "null", location: ["上海", "台北", "香港", "北京"][i % 4]!,
      })))
      .execute();
    await reindexVacancies(searchDeps);
    worker.start();

    const base = stack.baseUrl;
    const auth = { Authorization: `Bearer ${org.apiKey}`, "Content-Type": "application/json" };
    const jobs = async (q: string) => (await (await fetch(`${base}/v1/jobs?q=${encodeURIComponent(q)}`)).json()) as { items: { id: string }[] };

    const viaApi: number[] = [];
    const publishCall: number[] = [];
    const published: { id: string; title: string }[] = [];
    for (let i = 0; i < publishes; i++) {
      const title = `基准岗位 bench${i}x${Date.now().toString(36)}`;
      const pos = await fetch(`${base}/v1/positions`, {
        method: "POST", headers: auth,
        body: JSON.stringify({ title, department: null, reportsTo: null, subordinates: [], summary: null, responsibilities: [], requirements: emptyRequirements(), compliance: [], language: "zh-Hans" }),
      }).then(async (r) => {
        if (r.status !== 201) throw new Error(`POST /v1/positions answered ${r.status}: ${await r.text()}`);
        return r.json() as Promise<{ id: string }>;
      });
      const started = performance.now();
      const res = await fetch(`${base}/v1/vacancies`, { method: "POST", headers: auth, body: JSON.stringify({ positionId: pos.id, status: "published", location: "上海" }) });
      publishCall.push(performance.now() - started);
      if (res.status !== 201) throw new Error(`POST /v1/vacancies answered ${res.status}: ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      await until(async () => (await jobs(title)).items.some((h) => h.id === id));
      viaApi.push(performance.now() - started);
      published.push({ id, title });
    }

    // Closing: gone from API results (the database re-check hides it at once), then gone from the index.
    const closeHidden: number[] = [];
    const closeRemoved: number[] = [];
    for (const { id, title } of published.slice(0, 15)) {
      const started = performance.now();
      await fetch(`${base}/v1/vacancies/${id}/close`, { method: "POST", headers: auth });
      await until(async () => !(await jobs(title)).items.some((h) => h.id === id));
      closeHidden.push(performance.now() - started);
      await until(async () => !(await deps.meili.index(vacancyIndexName("")).search(title, { matchingStrategy: "all" })).hits.some((h) => h.id === id));
      closeRemoved.push(performance.now() - started);
    }

    const index = deps.meili.index(vacancyIndexName(""));
    const template = (await index.getDocuments({ limit: 1 })).results[0]!;
    const raw: number[] = [];
    const rawTaskOnly: number[] = [];
    for (let i = 0; i < publishes; i++) {
      const title = `基准岗位 raw${i}x${Date.now().toString(36)}`;
      const doc = { ...template, id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, title, titleSearch: title };
      const started = performance.now();
      const task = index.addDocuments([doc], { primaryKey: "id" });
      await task;
      const waiting = task.waitTask({ interval: 2 }).then(() => rawTaskOnly.push(performance.now() - started));
      await until(async () => (await index.search(title, { matchingStrategy: "all" })).hits.some((h) => h.id === doc.id));
      raw.push(performance.now() - started);
      await waiting;
    }

    const q = "销售总监";
    for (let i = 0; i < 20; i++) await jobs(q);
    const apiSearch: number[] = [];
    for (let i = 0; i < searches; i++) {
      const started = performance.now();
      await jobs(q);
      apiSearch.push(performance.now() - started);
    }
    const params = buildSearchParams({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 }, new Date());
    for (let i = 0; i < 20; i++) await index.search(foldQuery(q), params);
    const rawSearch: number[] = [];
    for (let i = 0; i < searches; i++) {
      const started = performance.now();
      await index.search(foldQuery(q), params);
      rawSearch.push(performance.now() - started);
    }

    const publishToSearchable = { api: stats(viaApi), publishRequestOnly: stats(publishCall), rawMeilisearch: stats(raw), rawTaskSucceeded: stats(rawTaskOnly) };
    const search = { api: stats(apiSearch), rawMeilisearch: stats(rawSearch) };
    return {
      name: "search: publish-to-searchable and query latency",
      backgroundVacancies: background,
      publishToSearchable,
      publishRatioP50: Math.round((publishToSearchable.api.p50Ms / publishToSearchable.rawMeilisearch.p50Ms) * 100) / 100,
      closeToHiddenViaApi: stats(closeHidden),
      closeToRemovedFromIndex: stats(closeRemoved),
      search,
      searchRatioP50: Math.round((search.api.p50Ms / search.rawMeilisearch.p50Ms) * 100) / 100,
      note: "api publish = POST /v1/vacancies until GET /v1/jobs finds it (outbox, NOTIFY, worker, Meilisearch task); raw = addDocuments until a raw search finds it; both poll every ~2 ms. api search = GET /v1/jobs (validation, folding, facets, DB re-check of hits, highlight mapping); raw = the same search params sent to Meilisearch.",
    };
  } finally {
    await worker.stop();
    await stack.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSearch(), null, 2));
}
