import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy, searchJobs, syncWorker } from "./vacancies-helpers.js";

let ctx: TestContext;

const titles = ["会计", "會計主管", "区域销售经理", "銷售代表", "银行柜员", "行政主管", "Java开发工程师", "重庆仓库管理员"];

beforeAll(async () => {
  ctx = await createTestContext();
  const org = await buildOrganization(ctx, { name: "拼音公司" });
  for (const title of titles) await buildVacancy(ctx, org, { title, department: null, responsibilities: [] });
  await syncWorker(ctx).drain();
});
afterAll(() => ctx.close());

// The measured table: what a candidate types in Latin letters, and the titles it must find (and only those).
const cases: [query: string, expected: string[]][] = [
  ["kuaiji", ["会计", "會計主管"]],
  ["kj", ["会计", "會計主管"]],
  ["kuai", ["会计", "會計主管"]],
  ["kuai ji", ["会计", "會計主管"]],
  ["kuaijizhuguan", ["會計主管"]],
  ["xiaoshou", ["区域销售经理", "銷售代表"]],
  ["xs", ["区域销售经理", "銷售代表"]],
  ["xiaoshoujingli", ["区域销售经理"]],
  ["jingli", ["区域销售经理"]],
  ["yinhang", ["银行柜员"]],
  ["xingzheng", ["行政主管"]],
  ["xzzg", ["行政主管"]],
  ["gongchengshi", ["Java开发工程师"]],
  ["chongqing", ["重庆仓库管理员"]],
  ["ckgly", ["重庆仓库管理员"]],
];

describe("pinyin queries through the public search", () => {
  it.each(cases)("%s finds %j", async (q, expected) => {
    const found = (await searchJobs(ctx, { q })).items.map((h) => h.title).sort();
    expect(found).toEqual([...expected].sort());
  });

  it("still finds Chinese titles by their characters in either script", async () => {
    expect((await searchJobs(ctx, { q: "会计" })).items.map((h) => h.title).sort()).toEqual(["会计", "會計主管"]);
  });
});
