import { mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_NOTICE_VERSION } from "../../server/candidates/consent.js";
import { emptyRequirements } from "../../server/positions/position.schema.js";
import { contrastReport, ensureChromium, launchChromium, resultsFor } from "../helpers/chromium.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { validateStructuredData } from "../helpers/structured-data.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy, syncWorker } from "./vacancies-helpers.js";

const artifacts = new URL("../artifacts/", import.meta.url);
let ctx: TestContext;
let server: Server;
let base: string;
let org: TestOrganization;
let browser: Awaited<ReturnType<typeof launchChromium>>;
const ids: Record<string, string> = {};
const dialogs: string[] = [];

const accountingRequirements = {
  ...emptyRequirements(),
  education: { minLevel: "bachelor", majors: ["会计学"], majorsRequired: false },
  experience: { minYears: 2, maxYears: null, management: false, fields: [] },
  skills: [{ name: "Excel", required: true }, { name: "用友", required: false }],
};

beforeAll(async () => {
  ensureChromium();
  ctx = await createTestContext({ PUBLIC_BASE_URL: "https://jobs.example.com" });
  server = createServer(ctx.app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  org = await buildOrganization(ctx, { name: "示例公司" });
  const publish = async (key: string, position: Record<string, unknown>, vacancy: Record<string, unknown>) => {
    ids[key] = (await buildVacancy(ctx, org, position, vacancy)).id;
  };
  await publish("accountant", { title: "会计", department: "财务部", requirements: accountingRequirements, responsibilities: ["编制财务报表", "核对往来账目"] },
    { location: "上海", employmentType: "full_time", salary: { min: 8000, max: 12000, currency: "CNY", period: "month" }, closesAt: new Date(Date.now() + 20 * 86_400_000).toISOString() });
  await publish("salesManager", { title: "销售经理", department: "销售部" }, { location: "北京", employmentType: "full_time" });
  await publish("salesRep", { title: "销售代表", department: "销售部" }, { location: "上海", employmentType: "part_time" });
  await publish("script", { title: "<script>alert(1)</script>", department: "测试部" }, { location: "上海" });
  // One more than a page of results, for the pager.
  for (let i = 1; i <= 21; i++) await buildVacancy(ctx, org, { title: `仓库管理员${i}号`, department: "物流部" }, { location: "苏州" });
  await syncWorker(ctx).drain();
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
  browser.context.on("page", (p) => p.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss())));
}, 25 * 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await ctx?.close();
});

// Page-side expressions (no DOM library in the server's typecheck); waits use resultsFor, a function.
const focusOutline = "getComputedStyle(document.activeElement).outlineStyle";
// The suite runs files in parallel on two cores: give the page time before a poll gives up.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
const hitTitles = (page: Page) => page.locator("#results .hit-title").allTextContents();
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(name, artifacts).pathname, fullPage: true });

async function searchFor(page: Page, q: string) {
  await page.fill("#q", q);
  await page.waitForFunction(resultsFor, q);
}

describe("the careers pages in a real browser", () => {
  it("searches as you type in either script and in pinyin, keeps the query in the URL, and back/forward work", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/jobs`);
    await poll(() => page.textContent("#results-status")).toBe("共 25 个职位");
    await searchFor(page, "會計");
    expect(await hitTitles(page)).toEqual(["会计"]);
    await searchFor(page, "kuaiji");
    expect(await hitTitles(page)).toEqual(["会计"]);
    await searchFor(page, "xiaoshou");
    expect((await hitTitles(page)).sort()).toEqual(["销售代表", "销售经理"]);
    await shot(page, "board-desktop.png");
    await page.goBack();
    await poll(() => page.inputValue("#q")).toBe("kuaiji");
    await poll(() => hitTitles(page)).toEqual(["会计"]);
    await page.goForward();
    await poll(() => hitTitles(page)).toHaveLength(2);
    expect(await page.textContent("#results-status")).toBe("共 2 个职位");
    await page.close();
  });

  it("filters by a facet whose options carry counts, and suggests what to change when nothing matches", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/jobs?q=xiaoshou`);
    await poll(() => hitTitles(page)).toHaveLength(2);
    expect(await page.isVisible("#clear-filters")).toBe(false);
    const options = await page.locator("#facet-location option").allTextContents();
    expect(options).toEqual(expect.arrayContaining(["上海 (1)", "北京 (1)"]));
    await page.selectOption("#facet-location", "北京");
    await poll(() => hitTitles(page)).toEqual(["销售经理"]);
    expect(new URL(page.url()).searchParams.get("location")).toBe("北京");
    await searchFor(page, "kuaiji");
    await poll(() => page.isVisible("#empty")).toBe(true);
    expect(await page.textContent("#empty")).toContain("去掉一些筛选条件");
    await page.click("#empty .chip");
    await poll(() => hitTitles(page)).toEqual(["会计"]);
    await page.close();
  });

  it("pages through results, with the page in the URL", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/jobs?q=cangku`);
    await poll(() => page.textContent("#results-status")).toBe("共 21 个职位");
    expect(await page.locator("#results .hit").count()).toBe(20);
    expect(await page.textContent("#pager")).toContain("第 1 / 2 页");
    await page.click("#pager a[rel=next]");
    await poll(() => page.locator("#results .hit").count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    await page.goBack();
    await poll(() => page.locator("#results .hit").count()).toBe(20);
    await page.close();
  });

  it("serves the vacancy page with its details and a JobPosting that passes Google's rules", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/jobs?q=kj`);
    await page.click("#results .hit-title");
    await page.waitForSelector("article.vacancy h1");
    expect(await page.textContent("h1")).toBe("会计");
    expect(await page.textContent(".facts")).toContain("8,000–12,000 CNY 每月");
    expect(await page.locator(".req-group").allTextContents()).toEqual([
      expect.stringContaining("本科 必需"), expect.stringContaining("2 年以上 必需"), expect.stringMatching(/Excel\s*必需.*用友\s*优先/s),
    ]);
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(ld).toMatchObject({ "@type": "JobPosting", title: "会计", directApply: true, jobLocation: { address: { addressCountry: "CN" } } });
    expect(ld.url).toMatch(/^https:\/\/jobs\.example\.com\/jobs\//);
    const issues = await validateStructuredData(await page.content());
    expect(issues.filter((i) => i.severity === "ERROR")).toEqual([]);
    await page.close();
  });

  it("applies: a field error beside its field, then success with jobs that fit; the recruiter's ranked list holds the applicant; the candidate exports and erases their data", async () => {
    const page = await browser.context.newPage();
    const slug = (await ctx.request().get(`/v1/jobs/${ids.accountant}`)).body.slug as string;
    await page.goto(`${base}/jobs/${encodeURIComponent(slug)}`);
    await page.fill("#name", "李雷");
    await page.fill("#email", "not-an-email");
    await page.click("#add-education");
    await page.click("#add-experience");
    await page.fill("#edu-0-major", "会计学");
    await page.click("#add-education");
    await page.fill("#edu-1-school", "多余的一行");
    await page.click("#education-rows fieldset:nth-child(1) .remove-row");
    expect(await page.locator("#education-rows fieldset").count()).toBe(1);
    expect(await page.inputValue("#edu-0-school")).toBe("多余的一行");
    await page.fill("#edu-0-school", "复旦大学");
    await page.fill("#edu-0-major", "会计学");
    await page.fill("#exp-0-title", "会计");
    await page.fill("#exp-0-startDate", "2019-07");
    await page.fill("#skills", "Excel, 用友");
    await page.check("#consent");
    await page.click("#submit");
    await page.waitForSelector("#email-error:not([hidden])");
    expect(await page.textContent("#email-error")).toBe("请输入有效的电子邮箱，如 name@example.com");
    expect(await page.getAttribute("#email", "aria-invalid")).toBe("true");
    expect(await page.inputValue("#name")).toBe("李雷");
    await shot(page, "apply-error.png");

    await page.fill("#email", "li.lei@example.com");
    await page.click("#submit");
    await page.waitForSelector("#applied:not([hidden])");
    await poll(() => page.locator("#fit li").count()).toBeGreaterThan(0);
    await shot(page, "applied.png");
    const ranked = await ctx.request().get(`/v1/vacancies/${ids.accountant}/applications`).set(bearer(org.apiKey));
    expect(ranked.status).toBe(200);
    expect(ranked.body.items.map((a: { candidate: { name: string } }) => a.candidate.name)).toContain("李雷");

    await page.goto(`${base}/me`);
    await page.waitForSelector("#candidate-actions:not([hidden])");
    expect(await page.textContent("#candidate-name")).toBe("李雷");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(exported.profile).toMatchObject({ name: "李雷", email: "li.lei@example.com" });
    expect(exported.consents[0]).toMatchObject({ noticeVersion: PRIVACY_NOTICE_VERSION });
    await page.click("#delete");
    await page.click("#delete-yes");
    await poll(() => page.textContent("#candidate-status")).toBe("你的数据已全部删除。");
    const after = await ctx.request().get(`/v1/vacancies/${ids.accountant}/applications`).set(bearer(org.apiKey));
    expect(after.body.items.map((a: { candidate: { name: string } }) => a.candidate.name)).not.toContain("李雷");
    await page.close();
  });

  it("applies with a resume: the form is prefilled through /v1/candidates/parse, reviewed, and sent with the file", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/jobs/${encodeURIComponent((await ctx.request().get(`/v1/jobs/${ids.salesRep}`)).body.slug)}`);
    const resume = "韩梅梅\n邮箱：han.meimei@example.com\n教育经历\n2014.09-2018.06 北京大学 市场营销 本科\n工作经历\n2018.07-至今 某某公司 销售代表\n技能：CRM、Excel\n";
    await page.setInputFiles("#resume", { name: "resume.txt", mimeType: "text/plain", buffer: Buffer.from(resume) });
    await poll(() => page.textContent("#resume-status")).not.toBe("正在读取简历…");
    expect(await page.textContent("#resume-status")).toBe("已根据简历填写，请检查后再提交。");
    expect(await page.inputValue("#name")).toBe("韩梅梅");
    expect(await page.inputValue("#email")).toBe("han.meimei@example.com");
    expect(await page.inputValue("#edu-0-school")).toBe("北京大学");
    expect(await page.inputValue("#exp-0-title")).toBe("销售代表");
    await shot(page, "resume-prefilled.png");
    // The candidate reviews and edits the prefilled form, then sends it (with the file where the API takes it).
    await page.fill("#skills", "CRM, Excel");
    await page.check("#consent");
    await page.click("#submit");
    await page.waitForSelector("#applied:not([hidden])");
    const ranked = await ctx.request().get(`/v1/vacancies/${ids.salesRep}/applications`).set(bearer(org.apiKey));
    const applicant = ranked.body.items.find((a: { candidate: { name: string } }) => a.candidate.name === "韩梅梅");
    // Sent as multipart with the file: the recruiter sees the resume behind the reviewed profile.
    expect(applicant).toMatchObject({ profileSource: "resume", candidate: { skills: expect.arrayContaining(["CRM", "Excel"]) } });
    const file = await ctx.request().get(applicant.resumeUrl).set(bearer(org.apiKey));
    expect(file.status).toBe(200);
    expect(file.text ?? file.body.toString()).toContain("韩梅梅");
    await page.close();
  });

  it("works with the keyboard alone, with a visible focus ring", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/jobs`);
    const focusedId = () => page.evaluate<string>('document.activeElement?.id ?? ""');
    const tabTo = async (predicate: () => Promise<boolean>, limit = 40) => {
      for (let i = 0; i < limit && !(await predicate()); i++) await page.keyboard.press("Tab");
      expect(await predicate()).toBe(true);
    };
    await tabTo(async () => (await focusedId()) === "q");
    expect(await page.evaluate(focusOutline)).not.toBe("none");
    await page.keyboard.type("xiaoshou");
    await poll(() => hitTitles(page)).toHaveLength(2);
    await tabTo(() => page.evaluate<boolean>('document.activeElement?.classList.contains("hit-title") ?? false'));
    expect(await page.evaluate(focusOutline)).not.toBe("none");
    await page.keyboard.press("Enter");
    await page.waitForSelector("article.vacancy h1");
    await tabTo(async () => (await focusedId()) === "name", 60);
    await page.keyboard.type("王芳");
    await page.keyboard.press("Tab");
    await page.keyboard.type("wang.fang@example.com");
    await tabTo(async () => (await focusedId()) === "add-experience");
    await page.keyboard.press("Enter");
    expect(await focusedId()).toBe("exp-0-title");
    await page.keyboard.type("销售代表");
    await tabTo(async () => (await focusedId()) === "consent");
    await page.keyboard.press("Space");
    await tabTo(async () => (await focusedId()) === "submit");
    await page.keyboard.press("Enter");
    // The start month is missing: the API's error lands beside that field, which takes the focus.
    await page.waitForSelector("#exp-0-startDate-error:not([hidden])");
    expect(await page.textContent("#exp-0-startDate-error")).toBe("请按“年-月”填写，如 2021-03");
    expect(await focusedId()).toBe("exp-0-startDate");
    await page.keyboard.type("2021-03");
    await tabTo(async () => (await focusedId()) === "submit");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#applied:not([hidden])");
    expect(await focusedId()).toBe("applied");
    await page.close();
  });

  it("fits a 360 px phone without sideways scrolling", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${base}/jobs?q=xiaoshou`);
    await poll(() => hitTitles(page)).toHaveLength(2);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await shot(page, "board-360.png");
    await page.click("#results .hit-title");
    await page.waitForSelector("article.vacancy h1");
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await shot(page, "vacancy-360.png");
    await page.goto(`${base}/?lang=en`);
    expect(await page.textContent("h1")).toBe("Find a job that fits you");
    await shot(page, "landing-360-en.png");
    await page.close();
  });

  it("meets WCAG AA contrast for every text on the board, a vacancy page with its form errors, and the landing page", async () => {
    const page = await browser.context.newPage();
    const lowContrast = async () => (await page.evaluate(contrastReport)).filter((r) => r.ratio < r.minimum);
    await page.goto(`${base}/jobs?q=kuaiji`);
    await poll(() => hitTitles(page)).toEqual(["会计"]);
    await page.focus("#q");
    expect(await lowContrast()).toEqual([]);
    await page.click("#results .hit-title");
    await page.waitForSelector("article.vacancy h1");
    await page.click("#add-education");
    await page.click("#submit");
    await page.waitForSelector("#name-error:not([hidden])");
    expect(await lowContrast()).toEqual([]);
    await page.goto(`${base}/`);
    expect(await lowContrast()).toEqual([]);
    expect((await page.evaluate(contrastReport)).length).toBeGreaterThan(5);
    // The check itself can fail: light grey text on white is caught.
    await page.evaluate("document.querySelector('.lead').style.color = '#aaaaaa'");
    expect((await lowContrast()).map((r) => r.text)).toEqual([expect.stringContaining("拼音")]);
    await page.close();
  });

  it("renders a vacancy titled <script>alert(1)</script> as text, in results and on its page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/jobs?q=script`);
    await poll(() => hitTitles(page)).toEqual(["<script>alert(1)</script>"]);
    await page.click("#results .hit-title");
    await page.waitForSelector("article.vacancy h1");
    expect(await page.textContent("h1")).toBe("<script>alert(1)</script>");
    expect(await page.locator("main script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
