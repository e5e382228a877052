import { sql } from "kysely";
import type { ApiProcess, BenchStack } from "./bench-stack.js";
import { progress, timed } from "./stats.js";
import { listRankedApplications } from "../db/application.repository.js";
import { generateBoard } from "../server/demo/generate-board.js";

const pageSize = 20;
const deepPage = Number(process.env.BENCH_DEEP_PAGE ?? 500);

/**
 * The ranked applicant list's first page and page 500 at each size (applicants on one vacancy, from the
 * synthetic board generator, beside the other sizes' vacancies), through the API process and as the
 * bare repository query. Page 500 by cursor (page 499's nextCursor) when the API offers cursors, else by `page`; both are shown then.
 */
export async function benchRanking(stack: BenchStack, api: ApiProcess, opts: { sizes?: number[]; runs?: number } = {}) {
  const sizes = opts.sizes ?? [10_000, 100_000];
  const runs = opts.runs ?? 100;
  const boardDeps = { db: stack.deps.db, meili: stack.deps.meili, indexPrefix: "", logger: stack.logger, now: () => new Date() };
  const bySize: Record<string, object> = {};
  const boards = [];
  for (const [i, applicants] of sizes.entries()) {
    progress(`ranking: generating ${applicants} applicants on one vacancy`);
    boards.push(await generateBoard(boardDeps, { vacancies: 1, candidates: applicants, applications: applicants, seed: 2000 + i, organizations: 1 }, (m) => progress(`ranking: ${m}`), { index: false }));
  }
  // As autovacuum would leave it: a set visibility map lets count(*) for `total` stay in the index.
  await sql`vacuum analyze`.execute(stack.deps.db);
  let pagination: "cursor" | "page" = "page";
  for (const [i, applicants] of sizes.entries()) {
    const board = boards[i]!;
    const vacancyId = board.vacancyIds[0]!;
    const headers = { Authorization: `Bearer ${board.organizations[0]!.apiKey}` };
    const get = async (query: string) => {
      const res = await fetch(`${api.baseUrl}/v1/vacancies/${vacancyId}/applications?${query}`, { headers });
      if (res.status !== 200) throw new Error(`ranked list answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { items: unknown[]; nextCursor?: string | null };
    };
    // A page answer carries nextCursor when the API pages by cursor: page 499's leads to page 500.
    let deepQuery = `page=${deepPage}&pageSize=${pageSize}`;
    const before = (await get(`page=${deepPage - 1}&pageSize=${pageSize}`)) as { items: { qualified: boolean; score: number; id: string }[]; nextCursor?: string | null };
    const last = before.items.at(-1);
    const after = last ? { qualified: last.qualified, score: last.score, id: last.id } : undefined;
    if (before.nextCursor) {
      pagination = "cursor";
      deepQuery = `pageSize=${pageSize}&cursor=${encodeURIComponent(before.nextCursor)}`;
    }
    if ((await get(deepQuery)).items.length !== pageSize) throw new Error(`page ${deepPage} at ${applicants} applicants is not full`);
    progress(`ranking: timing page 1 and page ${deepPage} at ${applicants}`);
    bySize[applicants] = {
      firstPage: { api: await timed(runs, () => get(`page=1&pageSize=${pageSize}`)), repository: await timed(runs, () => listRankedApplications(stack.deps.db, vacancyId, {}, { limit: pageSize, offset: 0 })) },
      page500: {
        api: await timed(runs, () => get(deepQuery)),
        ...(pagination === "cursor" && after ? { repositoryKeyset: await timed(runs, () => listRankedApplications(stack.deps.db, vacancyId, {}, { limit: pageSize, after })) } : {}),
        apiByPageNumber: pagination === "cursor" ? await timed(Math.min(runs, 20), () => get(`page=${deepPage}&pageSize=${pageSize}`), 2) : undefined,
        repositoryOffset: await timed(Math.min(runs, 20), () => listRankedApplications(stack.deps.db, vacancyId, {}, { limit: pageSize, offset: (deepPage - 1) * pageSize }), 2),
      },
      generateMs: board.ms.rows,
    };
  }
  return {
    name: "ranked applicant list: first page and page 500",
    pagination,
    pageSize,
    bySize,
    note: `api = GET /v1/vacancies/:id/applications on the API process (auth, page + count, localized reasons, summaries); repository = listRankedApplications alone (offset paging). Page ${deepPage} via ${pagination === "cursor" ? "the cursor in page 499's nextCursor (apiByPageNumber: the same page by ?page=500, offset)" : "?page=500 (offset): cursors not offered by this build"}.`,
  };
}
