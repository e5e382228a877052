import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentPool } from "../../server/documents/index.js";
import { buildDocx, documentXml, p } from "../fixtures/documents/build-docx.js";
import { imageOnlyPdf, textPdf } from "../fixtures/resumes/simple-pdf.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

// One reader thread and a share of two per client make the pool's order and refusals visible.
let ctx: TestContext;
let org: TestOrganization;
let closed = false;
beforeAll(async () => {
  ctx = await createTestContext({ DOCUMENT_WORKERS: "1", DOCUMENT_CLIENT_LIMIT: "2", DOCUMENT_QUEUE_LIMIT: "16", TRUST_PROXY: "loopback" });
  org = await buildOrganization(ctx);
});
afterAll(async () => {
  if (!closed) await ctx.close();
});

const corpus = (name: string) => readFileSync(new URL(`../unit/resumes/corpus/${name}`, import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url));
/** A public resume parse as sent by one client address (the rate limit's and the pool's client). */
const parseAs = (client: string, file: Buffer, name: string) =>
  ctx.request().post("/v1/candidates/parse").set("X-Forwarded-For", client).attach("file", file, name);
// Three hundred pages: long enough to read that a burst of them is still in the pool when the next request comes.
const longPdf = textPdf(Array.from({ length: 300 }, (_, i) => (i === 0 ? ["Jane Doe", "jane@example.com", "EXPERIENCE", "Analyst, Acme Inc.", "Jan 2020 - Present"] : [`page ${i + 1}`, "Filler line for the long document."])));
const held = async (n: number) => {
  while (documentPool().stats().busy + documentPool().stats().waiting < n) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe("the shared document pool through HTTP", () => {
  it("refuses each hostile upload cleanly and then reads a normal resume as it did before them", async () => {
    const normal = corpus("batch1/06_zh_table.docx");
    const before = await parseAs("10.0.0.1", normal, "简历.docx");
    expect(before.status).toBe(200);
    const bomb = Buffer.from(await buildDocx(documentXml(p("姓名：张三")), { "word/media/zeros.bin": new Uint8Array(60 * 1024 * 1024) }));
    const manyPages = textPdf(Array.from({ length: 500 }, (_, i) => [i === 0 ? "Jane Doe" : `page ${i + 1}`, "jane@example.com"]));
    const tenThousandLines = ["姓名：张三", "工作经历", "2019.07-至今 某某有限公司 工程师", ...Array.from({ length: 10_000 }, (_, i) => `负责第${i}项日常工作，并按时完成交付与复盘。`)].join("\n");
    const [zip, pages, image, corrupt, lines] = await Promise.all([
      parseAs("10.0.0.2", bomb, "resume.docx"),
      parseAs("10.0.0.3", manyPages, "long.pdf"),
      parseAs("10.0.0.4", imageOnlyPdf(), "scan.pdf"),
      parseAs("10.0.0.5", fixture("admin-manager.pdf").subarray(0, 2000), "broken.pdf"),
      parseAs("10.0.0.6", Buffer.from(tenThousandLines), "long.txt"),
    ]);
    expect([zip.status, zip.body.reason]).toEqual([422, "zip_bomb"]);
    expect(pages.status, JSON.stringify(pages.body)).toBe(200);
    expect(pages.body.warnings.join(" ")).toMatch(/only the first 300 pages/);
    expect([image.status, image.body.reason]).toEqual([422, "no_text"]);
    expect([corrupt.status, corrupt.body.reason]).toEqual([422, "corrupt_pdf"]);
    expect(lines.status, JSON.stringify(lines.body)).toBe(200);
    for (const refused of [zip, image, corrupt]) expect(refused.headers["content-type"]).toContain("application/problem+json");
    const after = await parseAs("10.0.0.1", normal, "简历.docx");
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
  });

  it("serves another client, recruiter or public, before one client's burst is through, and refuses the burst past its share", async () => {
    const finished: string[] = [];
    const mark = (label: string) => (res: { status: number }) => {
      finished.push(label);
      return res;
    };
    const burst = [parseAs("10.0.1.1", longPdf, "a1.pdf").then(mark("a1")), parseAs("10.0.1.1", longPdf, "a2.pdf").then(mark("a2"))] as const;
    await held(2);
    const refused = await parseAs("10.0.1.1", longPdf, "a3.pdf");
    expect(refused.status).toBe(429);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.body.type).toBe("/problems/rate-limited");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    const position = ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).attach("file", fixture("admin-manager.pdf"), "job.pdf").then(mark("recruiter"));
    const resume = parseAs("10.0.1.2", corpus("batch1/07_zh_senior.docx"), "cv.docx").then(mark("public"));
    const [a1, a2] = await Promise.all(burst);
    const [recruiter, other] = await Promise.all([position, resume]);
    expect([a1.status, a2.status, recruiter.status, other.status]).toEqual([200, 200, 200, 200]);
    // One thread: whatever a1 had started, both newcomers start before the burst's second document.
    expect(finished.indexOf("recruiter")).toBeLessThan(finished.indexOf("a2"));
    expect(finished.indexOf("public")).toBeLessThan(finished.indexOf("a2"));
  });

  it("drops the waiting document of a client that disconnects, so nobody reads what nobody will receive", async () => {
    const first = parseAs("10.0.3.1", longPdf, "first.pdf");
    const pending = first.then((res) => res);
    await held(1);
    const leaving = parseAs("10.0.3.2", longPdf, "leaving.pdf");
    const left = leaving.then(() => "answered", () => "aborted");
    await held(2);
    expect(documentPool().stats().waiting).toBe(1);
    leaving.abort();
    expect(await left).toBe("aborted");
    while (documentPool().stats().waiting > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // The first document is still being read when the second one's place is given up.
    expect(documentPool().stats().busy).toBe(1);
    expect((await pending).status).toBe(200);
    expect(documentPool().stats()).toMatchObject({ busy: 0, waiting: 0 });
  });

  it("reports its threads and queue in /metrics", async () => {
    const res = await ctx.request().get("/metrics").set(bearer(ctx.adminToken));
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/^document_pool_workers\{state="idle"\} 1$/m);
    expect(res.text).toMatch(/^document_pool_workers\{state="busy"\} 0$/m);
    expect(res.text).toMatch(/^document_pool_waiting_tasks 0$/m);
  });

  it("stops every reader thread when the app's dependencies close", async () => {
    expect((await parseAs("10.0.2.1", fixture("admin-manager.pdf"), "x.pdf")).status).toBeLessThan(500);
    const threads = [...documentPool().liveThreads()];
    expect(threads).toHaveLength(1);
    closed = true;
    await ctx.close();
    expect(threads.map((t) => t.threadId)).toEqual([-1]);
  });
});
