import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";
import { buildVacancy, searchJobs, syncWorker } from "./vacancies-helpers.js";

let ctx: TestContext;
let org: TestOrganization;
const ids: Record<string, string> = {};
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
  ids.kana = (await buildVacancy(ctx, org, { title: "日系企業の銷售總監", summary: "日本語（ビジネスレベル）が話せる方を歓迎", language: "zh-Hant" })).id;
  ids.plain = (await buildVacancy(ctx, org, { title: "销售总监助理" })).id;
  ids.english = (await buildVacancy(ctx, org, { title: "Customer Success Manager", language: "en" })).id;
  await syncWorker(ctx).drain();
});
afterAll(() => ctx.close());

const hitIds = async (q: string) => (await searchJobs(ctx, { q })).items.map((h) => h.id).sort();

describe("mixed scripts in one text", () => {
  it("segments a Chinese title with kana in it as Chinese", async () => {
    expect(await hitIds("销售总监")).toEqual([ids.kana, ids.plain].sort());
    expect(await hitIds("日系企业")).toEqual([ids.kana]);
  });

  it("still finds English words and prefixes", async () => {
    expect(await hitIds("customer success")).toEqual([ids.english]);
    expect(await hitIds("custo")).toEqual([ids.english]);
  });

  it("highlights the matched part of the original title", async () => {
    const hit = (await searchJobs(ctx, { q: "销售总监" })).items.find((h) => h.id === ids.kana)!;
    expect(hit.highlight.title).toBe("日系企業の<mark>銷售總監</mark>");
  });
});
