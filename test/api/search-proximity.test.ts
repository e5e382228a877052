import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy, searchJobs, syncWorker } from "./vacancies-helpers.js";

// The vacancy index sets proximityPrecision "byAttribute" (indexing twice as fast): how far apart two
// query words stand inside one field no longer ranks, but both words in one field still rank above the
// same two words spread over two fields. These pin what must survive that trade, in each script.
let ctx: TestContext;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  const org = await buildOrganization(ctx, { name: "近邻公司" });
  const publish = async (key: string, position: Record<string, unknown>) => {
    ids[key] = (await buildVacancy(ctx, org, { department: "研发部", ...position })).id;
  };
  // Each "apart" vacancy holds both query words too, one in its title and one in its duties.
  await publish("hansTogether", { title: "前端开发工程师", responsibilities: ["开发网页"] });
  await publish("hansApart", { title: "前端主管", responsibilities: ["带领工程师团队"] });
  await publish("hantTogether", { title: "資深後端開發工程師", language: "zh-Hant", responsibilities: ["維護服務"] });
  await publish("hantApart", { title: "後端主管", language: "zh-Hant", responsibilities: ["帶領工程師團隊"] });
  await publish("enTogether", { title: "Senior Java Engineer", language: "en", responsibilities: ["Build services"] });
  await publish("enApart", { title: "Java Team Lead", language: "en", responsibilities: ["Mentor every engineer on the team"] });
  await syncWorker(ctx).drain();
});
afterAll(() => ctx.close());

describe("search ranking with proximity by attribute", () => {
  it.each([
    ["前端 工程师", "hansTogether", "hansApart"],
    ["后端 工程师", "hantTogether", "hantApart"],
    ["java engineer", "enTogether", "enApart"],
  ])("ranks a title holding both words of %s above a title holding one of them", async (q, together, apart) => {
    const { items } = await searchJobs(ctx, { q });
    const order = items.map((item) => item.id);
    expect(order).toContain(ids[apart]);
    expect(order.indexOf(ids[together]!)).toBe(0);
    expect(order.indexOf(ids[together]!)).toBeLessThan(order.indexOf(ids[apart]!));
  });
});
