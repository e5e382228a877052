import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../server/documents/index.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const fixture = (name: string) => readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url));

// Expected readings, written from the fixtures' text before the first run.
const pages = [
  {
    file: "frontend-engineer.ats.html", format: "html", contentType: "text/html; charset=utf-8",
    title: "前端开发工程师", minLevel: "bachelor", minYears: 3, skills: ["React", "TypeScript"],
  },
  {
    file: "data-analyst.posting.md", format: "md", contentType: "text/markdown",
    // The page states "**经验：** 1-3年" on its fact line; read since fact-label lines count whatever their class.
    title: "数据分析师", minLevel: "bachelor", minYears: 1, skills: ["SQL", "Python", "Tableau"],
  },
] as const;

describe("POST /v1/positions/parse with .html and .md", () => {
  it.each(pages)("reads a position from $file uploaded as multipart", async (page) => {
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).attach("file", fixture(page.file), page.file);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.format).toBe(page.format);
    expect(res.body.positions).toHaveLength(1);
    const [position] = res.body.positions;
    expect(position.title).toBe(page.title);
    expect(position.requirements.education.minLevel).toBe(page.minLevel);
    expect(position.requirements.experience.minYears).toBe(page.minYears);
    expect(position.requirements.skills.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining([...page.skills]));
  });

  it.each(pages)("reads $file sent with its Content-Type", async (page) => {
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).set("Content-Type", page.contentType).send(fixture(page.file));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.format).toBe(page.format);
    expect(res.body.positions.map((p: { title: string }) => p.title)).toEqual([page.title]);
  });

  it("never lets a page's scripts, navigation or footer into the position", async () => {
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).attach("file", fixture("frontend-engineer.ats.html"), "job.html");
    const body = JSON.stringify(res.body);
    for (const leaked of ["运维工程师", "脚本", "埋点", "全部职位", "相似职位", "ICP", "隐藏岗位", "CSS注入"]) expect(body).not.toContain(leaked);
  });

  it("reads an HTML page sent as text/plain by its content", async () => {
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send(fixture("frontend-engineer.ats.html"));
    expect(res.status).toBe(200);
    expect(res.body.format).toBe("html");
  });

  it("imports an .md posting and stores its format", async () => {
    const res = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).attach("file", fixture("data-analyst.posting.md"), "posting.md");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.format).toBe("md");
    expect(res.body.positions[0].title).toBe("数据分析师");
  });

  it("documents the registry's formats as the response's format enum", async () => {
    const res = await ctx.request().get("/openapi.json");
    expect(res.body.components.schemas.ParseResult.properties.format.enum).toEqual(FORMAT_NAMES);
  });
});
