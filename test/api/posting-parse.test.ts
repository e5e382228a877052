import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const parse = (text: string) => ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send(text);

const onlinePosting = [
  "高级前端工程师", "8千-1.2万·13薪", "上海 | 经验3-5年 | 本科 | 全职", "职位描述", "负责公司核心产品的前端架构设计与开发",
  "与产品、后端协作完成需求落地", "优化页面性能，提升用户体验", "任职要求", "熟练掌握React、TypeScript", "具备良好的沟通能力",
  "公司介绍", "某某科技有限公司成立于2015年，专注企业服务。", "工作地址", "上海市浦东新区张江高科技园区博云路2号", "王女士 · 人事经理 刚刚活跃", "立即沟通",
].join("\n");

describe("POST /v1/positions/parse reads what employers paste", () => {
  it("reads a posting copied from an online job site: title, salary, tags, duties, requirements; company and address stay out", async () => {
    const res = await parse(onlinePosting);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.positions).toHaveLength(1);
    const [p] = res.body.positions;
    expect(p.title).toBe("高级前端工程师");
    expect(p.posting).toEqual({ salary: { min: 8000, max: 12000, currency: "CNY", period: "month" }, location: "上海", employmentType: "full_time", workplaceType: null, salaryMonths: 13 });
    expect(p.requirements.education.minLevel).toBe("bachelor");
    expect(p.requirements.experience).toMatchObject({ minYears: 3, maxYears: 5 });
    expect(p.responsibilities).toEqual(["负责公司核心产品的前端架构设计与开发", "与产品、后端协作完成需求落地", "优化页面性能,提升用户体验"]);
    expect(p.requirements.skills.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(["React", "TypeScript", "沟通能力"]));
    expect(JSON.stringify(p.responsibilities)).not.toMatch(/有限公司|博云路|王女士/);
  });

  it("reads a three-line social post with emoji instead of refusing it", async () => {
    const res = await parse("🔥招聘咖啡师啦！\n☕ 负责咖啡制作与出品\n☕ 维护吧台清洁\n☕ 接待顾客\n要求：有经验优先，能周末上班 🙌");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.positions.map((p: { title: string }) => p.title)).toEqual(["咖啡师"]);
    expect(res.body.positions[0].responsibilities).toEqual(["负责咖啡制作与出品", "维护吧台清洁", "接待顾客"]);
  });

  it("reads an HR form with 岗位定员/岗位编号 rows as its positions only", async () => {
    const form = [
      "岗位名称：行政专员", "岗位编号：XZ-003", "岗位定员：2人", "岗位等级：P3", "所属部门：行政部", "直接上级：行政经理", "岗位目的：保障公司日常行政运转",
      "岗位职责：", "1、负责办公用品采购与管理", "2、负责会议室预订与会务安排", "任职资格：", "1、大专以上学历", "2、1年以上行政工作经验",
      "晋升通道：行政主管", "轮岗：前台接待",
    ].join("\n");
    const res = await parse(form);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.positions.map((p: { title: string }) => p.title)).toEqual(["行政专员"]);
    expect(res.body.positions[0]).toMatchObject({ department: "行政部", reportsTo: "行政经理" });
    expect(res.body.positions[0].requirements.education.minLevel).toBe("associate");
  });

  it("still answers 422 no_positions for text without any duty or requirement", async () => {
    const res = await parse("今天天气很好，我们去公园散步。");
    expect(res.status).toBe(422);
    expect(res.body.reason).toBe("no_positions");
  });
});

describe("a vacancy starts from its position's posting facts", () => {
  async function importPosting(): Promise<string> {
    const res = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send(onlinePosting);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const get = await ctx.request().get(`/v1/positions/${res.body.positions[0].id}`).set(bearer(org.apiKey));
    expect(get.body.posting.salary).toEqual({ min: 8000, max: 12000, currency: "CNY", period: "month" });
    expect(get.body.posting.salaryMonths).toBe(13);
    return res.body.positions[0].id;
  }

  it("takes salary, location and employment type from the position when the recruiter gives none", async () => {
    const positionId = await importPosting();
    const res = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId, status: "draft" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ location: "上海", employmentType: "full_time", salary: { min: 8000, max: 12000, currency: "CNY", period: "month" }, salaryMonths: 13 });
  });

  it("shows the months of pay on the public page and the careers page once published", async () => {
    const positionId = await importPosting();
    const res = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId, status: "published" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const job = await ctx.request().get(`/v1/jobs/${res.body.slug}`);
    expect(job.status).toBe(200);
    expect(job.body).toMatchObject({ salary: { min: 8000, max: 12000, period: "month" }, salaryMonths: 13 });
    const page = await ctx.request().get(`/jobs/${encodeURIComponent(res.body.slug)}`).set("Accept-Language", "zh-CN");
    expect(page.status).toBe(200);
    expect(page.text).toContain("13薪");
  });

  it("takes no months of pay from the posting when the recruiter sets a salary of their own", async () => {
    const positionId = await importPosting();
    const salary = { min: 300000, max: 400000, currency: "CNY", period: "year" };
    const res = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId, status: "draft", salary });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ salary, salaryMonths: null });
  });

  it("drops the months of pay when PATCH makes the salary yearly, and refuses months beside a salary that is not monthly", async () => {
    const positionId = await importPosting();
    const created = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId, status: "draft" });
    expect(created.body.salaryMonths).toBe(13);
    const yearly = { min: 100000, max: 150000, currency: "CNY", period: "year" };
    const patched = await ctx.request().patch(`/v1/vacancies/${created.body.id}`).set(bearer(org.apiKey)).send({ salary: yearly });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ salary: yearly, salaryMonths: null });
    const refused = await ctx.request().patch(`/v1/vacancies/${created.body.id}`).set(bearer(org.apiKey)).send({ salaryMonths: 14 });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: "salaryMonths" })]);
    const unchanged = await ctx.request().get(`/v1/vacancies/${created.body.id}`).set(bearer(org.apiKey));
    expect(unchanged.body).toMatchObject({ salary: yearly, salaryMonths: null, version: patched.body.version });
    const monthly = await ctx.request().patch(`/v1/vacancies/${created.body.id}`).set(bearer(org.apiKey)).send({ salary: { min: 9000, max: 9000, currency: "CNY", period: "month" }, salaryMonths: 14 });
    expect(monthly.status, JSON.stringify(monthly.body)).toBe(200);
    expect(monthly.body.salaryMonths).toBe(14);
  });

  it("refuses months of pay outside 1–24 on a vacancy, naming salaryMonths", async () => {
    const positionId = await importPosting();
    const res = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId, status: "draft", salaryMonths: 0 });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain("salaryMonths");
  });

  it("lets the recruiter's values win, and a null clear a default", async () => {
    const positionId = await importPosting();
    const res = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId, status: "draft", location: "杭州", salary: null });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ location: "杭州", employmentType: "full_time", salary: null });
    const patched = await ctx.request().patch(`/v1/vacancies/${res.body.id}`).set(bearer(org.apiKey)).send({ employmentType: "contract" });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.employmentType).toBe("contract");
  });

  it("lets a position's posting be edited and cleared through PATCH", async () => {
    const positionId = await importPosting();
    const res = await ctx.request().patch(`/v1/positions/${positionId}`).set(bearer(org.apiKey)).send({ posting: { salary: null, location: "北京", employmentType: null } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.posting).toEqual({ salary: null, location: "北京", employmentType: null, workplaceType: null, salaryMonths: null });
  });

  it("takes the workplace type from a remote or hybrid tag (远程, Remote) as the vacancy's default, which the recruiter can change", async () => {
    const text = "Backend Engineer\nBerlin · Full-time · Hybrid\nResponsibilities\n- Build and run our APIs\nRequirements\n- 3+ years with Go";
    const imported = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send(text);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.positions[0].posting).toMatchObject({ location: "Berlin", workplaceType: "hybrid" });
    const positionId = imported.body.positions[0].id;
    const res = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId, status: "draft" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.workplaceType).toBe("hybrid");
    const chosen = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey)).send({ positionId, status: "draft", workplaceType: "onsite" });
    expect(chosen.body.workplaceType).toBe("onsite");
  });

  it("refuses months of pay outside 1–24, naming posting.salaryMonths", async () => {
    const positionId = await importPosting();
    const posting = { salary: null, location: null, employmentType: null, salaryMonths: 99 };
    const res = await ctx.request().patch(`/v1/positions/${positionId}`).set(bearer(org.apiKey)).send({ posting });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("salaryMonths");
  });

  it("refuses a posting with a bad salary, naming the field", async () => {
    const positionId = await importPosting();
    const res = await ctx.request().patch(`/v1/positions/${positionId}`).set(bearer(org.apiKey)).send({ posting: { salary: { min: 9, max: 1, currency: "CNY", period: "month" }, location: null, employmentType: null } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("posting");
  });
});

describe("a two-line post through POST /v1/positions/parse", () => {
  it("answers 200 with its one position, not 422 (it was refused before: no line read as a duty)", async () => {
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send("Barista wanted!\nMake coffee, serve customers, keep the bar clean.");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.positions.map((p: { title: string }) => p.title)).toEqual(["Barista"]);
    expect(res.body.positions[0].responsibilities).toEqual(["Make coffee, serve customers, keep the bar clean"]);
  });
});
