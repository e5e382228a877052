import { gzipSync } from "node:zlib";
import { insertPositions } from "../db/position.repository.js";
import { reindexVacancies } from "../search/reindex.js";
import { createOrganization } from "../server/organizations/organization.service.js";
import { emptyRequirements } from "../server/positions/position.schema.js";
import { positionToRow } from "../server/positions/position.service.js";
import { ensureChromium, launchChromium, resultsFor } from "../test/helpers/chromium.js";
import { startBenchStack } from "./bench-stack.js";
import { searchTopics } from "../server/sync-wiring.js";

const titles = ["会计", "銷售總監", "电信业务代表", "前台接待", "客服专员", "财务主管", "Java开发工程师", "人力資源專員", "區域銷售經理", "仓库管理员"];

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), n: samples.length };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * The careers board in headless Chromium on a board of 1,000 vacancies: time from navigation to the first
 * results on screen (the page's script calls /v1/jobs), and from the last key typed to the new results
 * (includes the 250 ms debounce); the API's own answer time for the same requests, measured in the same
 * run, is the floor. Also the page weight: HTML, JS and CSS, raw and gzipped.
 */
export async function benchCareers(opts: { vacancies?: number; loads?: number } = {}): Promise<object> {
  const vacancies = opts.vacancies ?? 1000;
  const loads = opts.loads ?? 20;
  ensureChromium();
  const stack = await startBenchStack("careers");
  const { deps, logger } = stack;
  const browser = await launchChromium();
  try {
    const org = await createOrganization(deps.db, { name: "Bench 基准公司", slug: "bench" });
    const positions = await insertPositions(deps.db, titles.map((title) => positionToRow(org.id, null, {
      title, department: ["销售部", "财务部", "行政部"][title.length % 3]!, reportsTo: null, subordinates: [], summary: null, responsibilities: ["制定计划"],
      requirements: emptyRequirements(), compliance: [], language: "zh-Hans", sourceText: "",
    })));
    const now = new Date();
    await deps.db.insertInto("vacancies").values(Array.from({ length: vacancies }, (_, i) => ({
      organization_id: org.id, position_id: positions[i % positions.length]!.id, slug: `bench-${i}`, status: "published" as const,
      published_at: now, updated_at: now, salary: "null", weights: "null", location: ["上海", "台北", "香港", "北京"][i % 4]!,
      employment_type: i % 5 === 0 ? "part_time" : "full_time",
    }))).execute();
    await reindexVacancies({ db: deps.db, meili: deps.meili, indexPrefix: "", now: () => new Date(), logger, topics: searchTopics });

    const base = stack.baseUrl;
    const page = await browser.context.newPage();
    await page.goto(`${base}/jobs`);
    await page.waitForFunction(resultsFor, null);

    const firstResults: number[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(`${base}/jobs${i % 2 ? "?q=kuaiji" : ""}`);
      await page.waitForFunction(resultsFor, null);
      firstResults.push(await page.evaluate<number>("performance.now()"));
    }
    const typed: number[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(`${base}/jobs`);
      await page.waitForFunction(resultsFor, null);
      const q = i % 2 ? "xiaoshou" : "會計";
      await page.fill("#q", q);
      const started = await page.evaluate<number>("performance.now()");
      await page.waitForFunction(resultsFor, q);
      typed.push((await page.evaluate<number>("performance.now()")) - started);
    }
    const apiOnly: number[] = [];
    for (let i = 0; i < loads; i++) {
      const started = performance.now();
      await (await fetch(`${base}/v1/jobs?page=1&pageSize=20${i % 2 ? "&q=kuaiji" : ""}`)).json();
      apiOnly.push(performance.now() - started);
    }

    const html = await (await fetch(`${base}/jobs`)).text();
    const vacancyHtml = await (await fetch(`${base}/jobs/bench-0`)).text();
    const asset = async (ext: string) => Buffer.from(await (await fetch(`${base}${html.match(new RegExp(`/assets/careers\\.[\\w-]+\\.${ext}`))![0]}`)).arrayBuffer());
    const [js, css] = [await asset("js"), await asset("css")];
    const weight = (b: Buffer) => ({ kb: kb(b.length), gzipKb: kb(gzipSync(b).length) });
    const first = stats(firstResults);
    const api = stats(apiOnly);
    return {
      name: "careers: first results in Chromium on a board of 1,000 vacancies, and page weight",
      vacancies,
      navigationToFirstResults: first,
      lastKeyToResults: { ...stats(typed), includesDebounceMs: 250 },
      apiAnswerOnly: api,
      firstResultsRatioToApiP50: Math.round((first.p50Ms / api.p50Ms) * 10) / 10,
      pageWeight: { boardHtml: weight(Buffer.from(html)), vacancyHtml: weight(Buffer.from(vacancyHtml)), js: weight(js), css: weight(css) },
    };
  } finally {
    await browser.close();
    await stack.stop();
  }
}
