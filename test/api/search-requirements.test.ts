import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyRequirements, type Requirements } from "../../server/positions/position.schema.js";
import { buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy, searchJobs, syncWorker } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
const ids: Record<string, string> = {};

const requiring = (r: Partial<Requirements>): Requirements => ({ ...emptyRequirements(), ...r });
const item = (name: string) => ({ name, required: true });

// Each posting names the searched term only in one requirement list, never in its title or duties.
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
  const publish = async (key: string, position: Record<string, unknown>) => (ids[key] = (await buildVacancy(ctx, org, position)).id);
  await publish("auditor", { title: "审计经理", responsibilities: ["负责年度审计"], requirements: requiring({ certifications: [item("CPA")] }) });
  await publish("translator", { title: "外贸专员", responsibilities: ["对接海外客户"], requirements: requiring({ languages: [item("日语N2")] }) });
  await publish("electrician", { title: "设备维护员", responsibilities: ["维护厂区设备"], requirements: requiring({ certifications: [item("電工證")] }) });
  await publish("analyst", {
    title: "数据专员",
    responsibilities: ["整理报表"],
    requirements: requiring({ education: { minLevel: "bachelor", majors: ["统计学"], majorsRequired: true } }),
  });
  await publish("lead", { title: "门店店长", responsibilities: ["管理门店"], subordinates: ["收银组长"] });
  await publish("cpaInTitle", { title: "CPA培训讲师", responsibilities: ["讲授课程"] });
  await syncWorker(ctx).drain();
});
afterAll(() => ctx.close());

const hitIds = async (q: string) => (await searchJobs(ctx, { q })).items.map((h) => h.id);

describe("search reads the whole posting", () => {
  it.each([
    ["CPA", "auditor"],
    ["cpa", "auditor"],
    ["日语N2", "translator"],
    ["日語N2", "translator"],
    ["电工证", "electrician"],
    ["统计学", "analyst"],
    ["收银组长", "lead"],
  ])("a candidate typing %s finds the posting that asks for it", async (q, key) => {
    expect(await hitIds(q)).toContain(ids[key]);
  });

  it("ranks a title match above a certification match", async () => {
    expect(await hitIds("CPA")).toEqual([ids.cpaInTitle, ids.auditor]);
  });
});
