import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldKey } from "../../server/text/fold.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

// Issue 9's "done when": documents of the kinds a new user pastes or uploads, taken from blind batch 1
// (test/unit/positions/heldout/), read through POST /v1/positions/parse as an upload.
let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const batch1 = (name: string) => readFileSync(new URL(`../unit/positions/heldout/batch-01/${name}`, import.meta.url));
type Parsed = { title: string; requirements: { education: { minLevel: string | null }; experience: { minYears: number | null }; skills: { name: string }[] } };

async function upload(name: string) {
  const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).attach("file", batch1(name), name);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { format: string; positions: Parsed[] };
}
const titles = (positions: Parsed[]) => positions.map((p) => foldKey(p.title));

describe("POST /v1/positions/parse reads layouts nobody tuned for", () => {
  it("reads a posting copied from BOSS直聘 (salary title line, tag line, recruiter, recommendations) as its one position", async () => {
    const { positions } = await upload("01_boss_detail_copy.txt");
    expect(titles(positions)).toEqual([foldKey("数据分析师")]);
    expect(positions[0]!.requirements.education.minLevel).toBe("bachelor");
    expect(positions[0]!.requirements.experience.minYears).toBe(3);
  });

  it("reads a short social post (emoji title, three duty lines, one requirements line)", async () => {
    const { positions } = await upload("04_social_short_emoji.txt");
    expect(titles(positions)).toEqual([foldKey("咖啡师")]);
  });

  it("does not turn 岗位定员/岗位编号 rows, 工作关系 or 晋升通道 of an HR form into positions", async () => {
    const { positions } = await upload("06_hr_form_dingyuan.txt");
    expect(titles(positions)).toEqual(["质量主管", "质检员"].map(foldKey));
    expect(positions[0]!.requirements.education.minLevel).toBe("bachelor");
    expect(positions[0]!.requirements.experience.minYears).toBe(5);
  });

  it("reads a Markdown posting with two roles", async () => {
    const { format, positions } = await upload("09_md_two_roles.md");
    expect(format).toBe("md");
    expect(titles(positions)).toEqual(["Go 后端开发工程师", "测试工程师（仿真方向）"].map(foldKey));
  });

  it("reads an HTML job page: cookie banner and navigation out, the requirements under \"What we’re looking for\" read", async () => {
    const { format, positions } = await upload("10_html_job_page.html");
    expect(format).toBe("html");
    expect(titles(positions)).toEqual([foldKey("Senior Data Engineer")]);
    const { requirements } = positions[0]!;
    expect(requirements.experience.minYears).toBe(5);
    expect(requirements.education.minLevel).toBe("bachelor");
    expect(requirements.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["Python", "SQL", "Spark", "Kafka", "Airflow"]));
    expect(requirements.skills.map((s) => s.name)).not.toContain("HIPAA-regulated data");
  });
});
