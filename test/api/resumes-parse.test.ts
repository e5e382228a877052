import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocx, documentXml, p } from "../fixtures/documents/build-docx.js";
import { imageOnlyPdf, textPdf } from "../fixtures/resumes/simple-pdf.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const corpus = (name: string) => readFileSync(new URL(`../unit/resumes/corpus/${name}`, import.meta.url));

describe("POST /v1/candidates/parse", () => {
  it("reads a GBK text resume without a token and stores nothing", async () => {
    const res = await ctx.request().post("/v1/candidates/parse").set("Content-Type", "text/plain").send(corpus("batch1/02_zh_graduate.gbk.txt"));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ format: "txt", encoding: expect.stringMatching(/gb/i), dropped: [] });
    expect(res.body.profile).toMatchObject({ name: "王小雨", email: "wangxiaoyu2002@163.com", education: [{ level: "bachelor", school: "中山大学" }] });
    const { count } = await ctx.deps.db.selectFrom("candidates").select((eb) => eb.fn.countAll<string>().as("count")).executeTakeFirstOrThrow();
    expect(Number(count)).toBe(0);
  });

  it("reads the classic 个人简历 .docx table and lists the forbidden categories it left out", async () => {
    const res = await ctx.request().post("/v1/candidates/parse").attach("file", corpus("batch1/06_zh_table.docx"), "简历.docx");
    expect(res.status).toBe(200);
    expect(res.body.format).toBe("docx");
    expect(res.body.dropped).toEqual(expect.arrayContaining(["gender", "birth_date", "national_id", "household_registration"]));
    // Its 照片 cell is empty: a photo slot with no picture is no photo seen (corpus batch1/06's reading, afc4f9e).
    expect(res.body.dropped).not.toContain("photo");
    const body = JSON.stringify(res.body.profile);
    expect(body).not.toContain("410102199503120011");
    expect(body).not.toContain("1995-03-12");
    expect(res.body.profile.experience[0]).toMatchObject({ title: "运维工程师", startDate: "2020-03", endDate: null });
  });

  it("takes { text } JSON too", async () => {
    const res = await ctx.request().post("/v1/candidates/parse").send({ text: corpus("batch1/04_en_manager.txt").toString("utf8") });
    expect(res.status).toBe(200);
    expect(res.body.profile.experience[0]).toMatchObject({ title: "Engineering Manager", management: true });
  });

  it("answers 422 no_profile for a position description sent by mistake", async () => {
    const res = await ctx.request().post("/v1/candidates/parse").set("Content-Type", "text/plain").send(corpus("batch1/08_position_by_mistake.txt"));
    expect(res.status).toBe(422);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.body.reason).toBe("no_profile");
  });

  it("answers 422 no_text for a PDF that is only an image", async () => {
    const res = await ctx.request().post("/v1/candidates/parse").attach("file", imageOnlyPdf(), "scan.pdf");
    expect(res.status).toBe(422);
    expect(res.body.reason).toBe("no_text");
  });

  it("refuses a zip bomb disguised as a .docx with 422", async () => {
    const bomb = await buildDocx(documentXml(p("姓名：张三")), { "word/media/zeros.bin": new Uint8Array(60 * 1024 * 1024) });
    const res = await ctx.request().post("/v1/candidates/parse").attach("file", Buffer.from(bomb), "resume.docx");
    expect(res.status).toBe(422);
    expect(res.body.reason).toBe("zip_bomb");
  });

  it("reads the first pages of a 500-page PDF and says the rest was not read", async () => {
    const pages = Array.from({ length: 500 }, (_, i) => (i === 0 ? ["Jane Doe", "jane@example.com", "EXPERIENCE", "Analyst, Acme Inc.", "Jan 2020 - Present"] : [`page ${i + 1}`]));
    const res = await ctx.request().post("/v1/candidates/parse").attach("file", textPdf(pages), "long.pdf");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.profile).toMatchObject({ name: "Jane Doe", email: "jane@example.com", experience: [{ title: "Analyst", organization: "Acme Inc." }] });
    expect(res.body.warnings.join(" ")).toMatch(/only the first 300 pages/);
  });

  it("reads a 10,000-line text in the bounded pool and answers", async () => {
    const head = ["姓名：张三", "邮箱：zhang@example.com", "工作经历", "2019.07-至今 某某有限公司 工程师"];
    const filler = Array.from({ length: 10_000 }, (_, i) => `负责第${i}项日常工作，并按时完成交付与复盘。`);
    const res = await ctx.request().post("/v1/candidates/parse").set("Content-Type", "text/plain").send([...head, ...filler].join("\n"));
    expect(res.status).toBe(200);
    expect(res.body.profile.experience).toHaveLength(1);
    expect(res.body.profile.experience[0].description.length).toBeLessThanOrEqual(5000);
  });

  it("returns markup in a name as JSON text, never rendered", async () => {
    const res = await ctx.request().post("/v1/candidates/parse").send({ text: "姓名：<script>alert(1)</script>\n工作经历\n2019.07-至今 A有限公司 经理" });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain("application/json");
    expect(res.body.profile.name).toBe("<script>alert(1)</script>");
  });

  it("refuses a body that is neither a document nor text with 415", async () => {
    const res = await ctx.request().post("/v1/candidates/parse").set("Content-Type", "image/png").send(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(res.status).toBe(415);
  });
});

describe("POST /v1/candidates/parse rate limit", () => {
  let limited: TestContext;
  beforeAll(async () => {
    limited = await createTestContext({ PUBLIC_RATE_LIMIT: "2" });
  });
  afterAll(() => limited.close());

  it("answers 429 once a client passes the public limit", async () => {
    const send = () => limited.request().post("/v1/candidates/parse").send({ text: "姓名：张三\n邮箱：a@example.com" });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(429);
  });
});
