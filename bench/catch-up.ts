import { startBenchStack, type BenchStack } from "./bench-stack.js";
import { progress, round } from "./stats.js";
import { outboxStats } from "../db/outbox.repository.js";
import { insertPositions } from "../db/position.repository.js";
import { publishedListingsAfter } from "../db/vacancy.repository.js";
import { createSearchWorker } from "../search/search-worker.js";
import { waitForTask } from "../search/tasks.js";
import { listingToDocument } from "../search/vacancy-document.js";
import { ensureVacancyIndex, vacancyIndexName } from "../search/vacancy-index.js";
import { seededRandom } from "../server/demo/random.js";
import { seedTemplates } from "../server/demo/seed-templates.js";
import { syntheticVacancies } from "../server/demo/synthetic-positions.js";
import { createOrganization } from "../server/organizations/organization.service.js";
import { positionToRow } from "../server/positions/position.service.js";
import { searchTopics } from "../server/sync-wiring.js";

type Org = { id: string; apiKey: string };

async function catchUpAt(stack: BenchStack, org: Org, n: number, concurrency: number) {
  const { deps, logger } = stack;
  const searchDeps = { db: deps.db, meili: deps.meili, indexPrefix: "", now: () => new Date(), logger, topics: searchTopics };
  const newWorker = () => createSearchWorker(searchDeps, { options: { listenUrl: stack.postgresUrl, pollMs: 100 }, expiryCheckMs: 600_000 });
  const index = deps.meili.index(vacancyIndexName(""));
  const auth = { Authorization: `Bearer ${org.apiKey}`, "Content-Type": "application/json" };
  const templates = seedTemplates();

  // N postings from the synthetic board, published through the API by `concurrency` clients at once.
  const burst = async (seed: number): Promise<{ started: number; posted: number; ids: Set<string> }> => {
    const drafts = syntheticVacancies(seededRandom(seed), templates, n, new Date());
    const positions: { id: string }[] = [];
    for (let i = 0; i < drafts.length; i += 2000) positions.push(...(await insertPositions(deps.db, drafts.slice(i, i + 2000).map((d) => positionToRow(org.id, null, d.position)))));
    const started = performance.now();
    let next = 0;
    const ids = new Set<string>();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < positions.length) {
        const i = next++;
        const d = drafts[i]!;
        const body = { positionId: positions[i]!.id, status: "published", location: d.location, workplaceType: d.workplaceType, employmentType: d.employmentType, salary: d.salary };
        const res = await fetch(`${stack.baseUrl}/v1/vacancies`, { method: "POST", headers: auth, body: JSON.stringify(body) });
        if (res.status !== 201) throw new Error(`POST /v1/vacancies answered ${res.status}: ${await res.text()}`);
        ids.add(((await res.json()) as { id: string }).id);
      }
    }));
    return { started, posted: performance.now(), ids };
  };
  const searchable = async (total: number) => {
    for (;;) {
      if ((await outboxStats(deps.db)).pending === 0 && (await index.getStats()).numberOfDocuments >= total) return performance.now();
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const before = (await index.getStats()).numberOfDocuments;

  progress(`catch-up ${n}: a burst with the worker running`);
  const live = newWorker();
  live.start();
  const { started: liveStart, posted: livePosted } = await burst(3000 + n);
  const liveDone = await searchable(before + n);
  await live.stop();

  progress(`catch-up ${n}: a burst with the worker stopped, then the backlog`);
  const { ids: backlogIds } = await burst(4000 + n);
  const backlogStart = performance.now();
  const catching = newWorker();
  catching.start();
  const backlogDone = await searchable(before + 2 * n);
  await catching.stop();

  progress(`catch-up ${n}: one raw bulk add of the same documents`);
  const listings = await publishedListingsAfter(deps.db, null, before + 2 * n, new Date());
  const docs = listings.filter((l) => backlogIds.has(l.id)).map(listingToDocument);
  const rawUid = `raw_catchup_${n}`;
  await ensureVacancyIndex(deps.meili, rawUid, { force: true });
  const rawStart = performance.now();
  await waitForTask(deps.meili.index(rawUid).addDocuments(docs, { primaryKey: "id" }), { timeoutMs: 600_000 });
  const rawMs = performance.now() - rawStart;
  await waitForTask(deps.meili.deleteIndex(rawUid));

  const perSecond = (ms: number) => round((n * 1000) / ms);
  const backlogMs = backlogDone - backlogStart;
  return {
    burstWithWorkerRunning: {
      ms: round(liveDone - liveStart), docsPerSecond: perSecond(liveDone - liveStart),
      publishRequestsOnlyMs: round(livePosted - liveStart), searchableAfterLastPublishMs: round(liveDone - livePosted),
    },
    backlogDrain: { ms: round(backlogMs), docsPerSecond: perSecond(backlogMs) },
    rawBulkAdd: { ms: round(rawMs), docsPerSecond: perSecond(rawMs), documents: docs.length },
    backlogVsRawRatio: round(backlogMs / rawMs, 2),
    burstVsRawRatio: round((liveDone - liveStart) / rawMs, 2),
  };
}

/**
 * Catch-up throughput, side by side in one run on one stack, at each size: N vacancies (synthetic
 * postings) published through the API in a burst with the worker running, until every one is
 * searchable; the same with the worker stopped, then started on the backlog; and one raw bulk
 * addDocuments of the backlog's very documents into a fresh index with the same settings.
 */
export async function benchCatchUp(opts: { sizes?: number[]; concurrency?: number } = {}) {
  const sizes = opts.sizes ?? [1000, 10_000];
  const concurrency = opts.concurrency ?? 16;
  const stack = await startBenchStack("catchup");
  try {
    const org = await createOrganization(stack.deps.db, { name: "Bench 基准公司", slug: "bench" });
    await ensureVacancyIndex(stack.deps.meili, vacancyIndexName(""));
    const bySize: Record<string, Awaited<ReturnType<typeof catchUpAt>>> = {};
    for (const n of sizes) bySize[n] = await catchUpAt(stack, org, n, concurrency);
    return {
      name: "catch-up: vacancies published in a burst until searchable, vs one raw bulk add",
      publishConcurrency: concurrency,
      bySize,
      note: "burst = POST /v1/vacancies × N (concurrency shown) with the worker running, until the outbox is empty and the index holds them all; backlog = the worker started after N were published while it was stopped (what an outage or a big import leaves); raw = one addDocuments of the backlog's documents into a fresh index with the same settings, waited for.",
    };
  } finally {
    await stack.stop();
  }
}
