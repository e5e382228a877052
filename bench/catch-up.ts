import { startBenchStack } from "./bench-stack.js";
import { outboxStats } from "../db/outbox.repository.js";
import { insertPositions } from "../db/position.repository.js";
import { publishedListingsAfter } from "../db/vacancy.repository.js";
import { createSearchWorker } from "../search/search-worker.js";
import { waitForTask } from "../search/tasks.js";
import { listingToDocument } from "../search/vacancy-document.js";
import { ensureVacancyIndex, vacancyIndexName } from "../search/vacancy-index.js";
import { createOrganization } from "../server/organizations/organization.service.js";
import { emptyRequirements } from "../server/positions/position.schema.js";
import { positionToRow } from "../server/positions/position.service.js";
import { searchTopics } from "../server/sync-wiring.js";

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Catch-up throughput, side by side in one run: N vacancies published through the API in a burst
 * with the worker running, until every one is searchable; the same with the worker stopped, then
 * started on the backlog; and one raw bulk addDocuments of the very same documents into an index with
 * the same settings.
 */
export async function benchCatchUp(opts: { vacancies?: number; concurrency?: number } = {}): Promise<object> {
  const n = opts.vacancies ?? 1000;
  const concurrency = opts.concurrency ?? 16;
  const stack = await startBenchStack("catchup");
  const { deps, logger } = stack;
  const searchDeps = { db: deps.db, meili: deps.meili, indexPrefix: "", now: () => new Date(), logger, topics: searchTopics };
  const newWorker = () => createSearchWorker(searchDeps, { options: { listenUrl: stack.postgresUrl, pollMs: 100 }, expiryCheckMs: 600_000 });
  const index = deps.meili.index(vacancyIndexName(""));
  try {
    const org = await createOrganization(deps.db, { name: "Bench 基准公司", slug: "bench" });
    const auth = { Authorization: `Bearer ${org.apiKey}`, "Content-Type": "application/json" };
    await ensureVacancyIndex(deps.meili, vacancyIndexName(""));

    const burst = async (tag: string): Promise<{ started: number; posted: number }> => {
      const positions = await insertPositions(
        deps.db,
        Array.from({ length: n }, (_, i) => positionToRow(org.id, null, {
          title: `${tag}岗位${i}`, department: "销售部", reportsTo: null, subordinates: [], summary: "负责区域市场开拓", responsibilities: ["制定销售计划"],
          requirements: emptyRequirements(), compliance: [], language: "zh-Hans", sourceText: "",
        })),
      );
      const started = performance.now();
      let next = 0;
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < positions.length) {
          const position = positions[next++]!;
          const res = await fetch(`${stack.baseUrl}/v1/vacancies`, { method: "POST", headers: auth, body: JSON.stringify({ positionId: position.id, status: "published", location: "上海" }) });
          if (res.status !== 201) throw new Error(`POST /v1/vacancies answered ${res.status}: ${await res.text()}`);
        }
      }));
      return { started, posted: performance.now() };
    };
    const searchable = async (total: number) => {
      for (;;) {
        if ((await outboxStats(deps.db)).pending === 0 && (await index.getStats()).numberOfDocuments >= total) return performance.now();
        await new Promise((r) => setTimeout(r, 5));
      }
    };

    // 1. A burst with the worker running: from the first publish until all are searchable.
    const live = newWorker();
    live.start();
    const { started: liveStart, posted: livePosted } = await burst("实时");
    const liveDone = await searchable(n);
    await live.stop();

    // 2. The worker stopped while the burst is published, then started on the backlog.
    await burst("积压");
    const backlogStart = performance.now();
    const catching = newWorker();
    catching.start();
    const backlogDone = await searchable(2 * n);
    await catching.stop();

    // 3. One raw bulk add of the same documents, into a fresh index with the same settings.
    const listings = await publishedListingsAfter(deps.db, null, 2 * n, new Date());
    const docs = listings.slice(-n).map(listingToDocument);
    await ensureVacancyIndex(deps.meili, "raw_catchup", { force: true });
    const rawStart = performance.now();
    await waitForTask(deps.meili.index("raw_catchup").addDocuments(docs, { primaryKey: "id" }));
    const rawMs = performance.now() - rawStart;

    const perSecond = (ms: number) => round((n * 1000) / ms);
    const result = {
      burstWithWorkerRunning: {
        ms: round(liveDone - liveStart),
        docsPerSecond: perSecond(liveDone - liveStart),
        publishRequestsOnlyMs: round(livePosted - liveStart),
        searchableAfterLastPublishMs: round(liveDone - livePosted),
      },
      backlogDrain: { ms: round(backlogDone - backlogStart), docsPerSecond: perSecond(backlogDone - backlogStart) },
      rawBulkAdd: { ms: round(rawMs), docsPerSecond: perSecond(rawMs) },
    };
    return {
      name: "catch-up: vacancies published in a burst until searchable, vs one raw bulk add",
      vacancies: n,
      publishConcurrency: concurrency,
      ...result,
      backlogVsRawRatio: round(result.backlogDrain.ms / result.rawBulkAdd.ms),
      burstVsRawRatio: round(result.burstWithWorkerRunning.ms / result.rawBulkAdd.ms),
      note: "burst = POST /v1/vacancies × N (concurrency shown) with the worker running, until the outbox is empty and the index holds them all; backlog = the worker started after N were published while it was stopped; raw = one addDocuments of the same N documents into an index with the same settings, waited for.",
    };
  } finally {
    await stack.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchCatchUp(), null, 2));
}
