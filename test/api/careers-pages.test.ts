import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyRequirements } from "../../server/positions/position.schema.js";
import { buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { extractStructuredData, validateStructuredData } from "../helpers/structured-data.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy, syncWorker } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
let vacancy: { id: string; slug: string };
let hostile: { id: string; slug: string };

beforeAll(async () => {
  ctx = await createTestContext({ PUBLIC_BASE_URL: "https://jobs.example.com" });
  org = await buildOrganization(ctx, { name: "星河 & <Galaxy>" });
  vacancy = await buildVacancy(ctx, org, {
    title: "會計主管",
    language: "zh-Hant",
    responsibilities: ["編製財務報表"],
    requirements: {
      ...emptyRequirements(),
      education: { minLevel: "bachelor", majors: ["會計學"], majorsRequired: true },
      skills: [{ name: "Excel", required: true }, { name: "SAP", required: false }],
    },
  }, { location: "台北", employmentType: "full_time", salary: { min: 50000, max: 70000, currency: "TWD", period: "month" } });
  hostile = await buildVacancy(ctx, org, { title: "<script>alert(1)</script>", responsibilities: ['"><img src=x onerror=alert(2)>'] });
});
afterAll(() => ctx.close());

const get = (path: string) => ctx.request().get(path);

describe("careers pages (server-rendered)", () => {
  it("opens on a landing page linking the board, the demo careers page and the API docs", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.type).toBe("text/html");
    for (const href of ['href="/jobs"', 'href="/careers/demo"', 'href="/docs"']) expect(res.text).toContain(href);
    expect(res.text).toContain('<html lang="zh-Hans">');
  });

  it("switches to English with ?lang=en and keeps it in links", async () => {
    const res = await get("/?lang=en");
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('href="/jobs?lang=en"');
    expect(res.text).toContain("Find a job that fits you");
  });

  it("serves the board, an employer's page and 404 for an unknown employer", async () => {
    expect((await get("/jobs?q=%E4%BC%9A%E8%AE%A1")).text).toContain('value="会计"');
    const board = await get(`/careers/${org.slug}`);
    expect(board.status).toBe(200);
    expect(board.text).toContain(`data-org="${org.slug}"`);
    expect(board.text).toContain("星河 &#38; &#60;Galaxy&#62; 的职位");
    expect((await get("/careers/no-such-org")).status).toBe(404);
  });

  it("renders the vacancy for crawlers: details, grouped requirements, Open Graph and valid JSON-LD", async () => {
    const res = await get(`/jobs/${encodeURIComponent(vacancy.slug)}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain("<h1>會計主管</h1>");
    expect(res.text).toContain("50,000–70,000 TWD 每月");
    expect(res.text).toContain("专业：會計學 <span class=\"badge required\">必需</span>");
    expect(res.text).toMatch(/Excel <span class="badge required">必需<\/span>/);
    expect(res.text).toMatch(/SAP <span class="badge preferred">优先<\/span>/);
    expect(res.text).toContain('<meta property="og:title" content="會計主管 – 星河 &#38; &#60;Galaxy&#62;">');
    expect(res.text).toContain(`<meta property="og:url" content="https://jobs.example.com/jobs/${encodeURIComponent(vacancy.slug)}">`);
    const [ld] = extractStructuredData(res.text).jsonld.JobPosting as Record<string, unknown>[];
    expect(ld).toMatchObject({ title: "會計主管", url: `https://jobs.example.com/jobs/${encodeURIComponent(vacancy.slug)}` });
    expect((await validateStructuredData(res.text)).filter((i) => i.severity === "ERROR")).toEqual([]);
  });

  it("escapes every text: a <script> title is text, and JSON-LD cannot close its element", async () => {
    const res = await get(`/jobs/${encodeURIComponent(hostile.slug)}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain("<h1>&#60;script&#62;alert(1)&#60;/script&#62;</h1>");
    expect(res.text).not.toContain("<img src=x");
    expect(res.text.match(/<script/g)).toHaveLength(2);
    expect(res.text).toContain('\\u003cscript>alert(1)\\u003c/script>');
  });

  it("sends a strict Content-Security-Policy: only its own script, no inline script or style", async () => {
    const csp = (await get(`/jobs/${encodeURIComponent(vacancy.slug)}`)).headers["content-security-policy"] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("serves hashed assets with a year-long immutable cache, and 404 for any other name", async () => {
    const page = (await get("/")).text;
    const [script] = page.match(/\/assets\/careers\.[\w-]{12}\.js/)!;
    const [styles] = page.match(/\/assets\/careers\.[\w-]{12}\.css/)!;
    for (const path of [script, styles]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
    expect((await get(script)).type).toBe("text/javascript");
    expect((await get("/assets/careers.000000000000.js")).status).toBe(404);
  });

  it("answers a draft, closed or unknown vacancy with the careers 404 page", async () => {
    const res = await get("/jobs/no-such-vacancy");
    expect(res.status).toBe(404);
    expect(res.type).toBe("text/html");
    expect(res.text).toContain("找不到这个职位");
  });

  it("lists every open vacancy page in /sitemap.xml, named in robots.txt", async () => {
    await syncWorker(ctx).drain();
    const sitemap = await get("/sitemap.xml");
    expect(sitemap.status).toBe(200);
    expect(sitemap.type).toBe("application/xml");
    const locs = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual([vacancy.slug, hostile.slug].map((s) => `https://jobs.example.com/jobs/${encodeURIComponent(s)}`).sort());
    expect((await get("/robots.txt")).text).toContain("Sitemap: https://jobs.example.com/sitemap.xml");
  });

  it("leaves the API's own 404 untouched", async () => {
    const res = await get("/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.type).toBe("application/problem+json");
  });
});
