import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateBoard, type GeneratedBoard } from "../../server/demo/generate-board.js";
import { parseGenerateArgs } from "../../server/demo/generate-cli.js";
import { ConfigError } from "../../server/config.js";
import { bearer } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let board: GeneratedBoard;
const size = { vacancies: 24, candidates: 30, applications: 50, seed: 5, organizations: 2 };
const boardDeps = () => ({ db: ctx.deps.db, meili: ctx.deps.meili, indexPrefix: ctx.deps.config.indexPrefix, logger: ctx.deps.logger, now: ctx.deps.now });

beforeAll(async () => {
  ctx = await createTestContext();
  board = await generateBoard(boardDeps(), size);
});
afterAll(() => ctx.close());

type Ranked = { items: { qualified: boolean; score: number; candidate: { name: string } }[]; total: number };

describe("generate: the synthetic board", () => {
  it("publishes every generated vacancy to the public board, in both scripts", async () => {
    expect(board.indexed.vacancies).toBe(24);
    const res = await ctx.request().get("/v1/jobs").query({ pageSize: 100 });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(24);
    const titles = (res.body.items as { title: string }[]).map((i) => i.title);
    expect(titles.some((t) => /[銷務門經項據]/.test(t))).toBe(true);
  });

  it("gives recruiters ranked applicants with real-looking names, qualified first", async () => {
    const org = board.organizations[0]!;
    const vacancies = await ctx.request().get("/v1/vacancies").query({ pageSize: 100 }).set(bearer(org.apiKey));
    let total = 0;
    for (const v of vacancies.body.items as { id: string }[]) {
      const res = await ctx.request().get(`/v1/vacancies/${v.id}/applications`).set(bearer(org.apiKey));
      expect(res.status).toBe(200);
      const body = res.body as Ranked;
      total += body.total;
      const flags = body.items.map((i) => i.qualified);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      for (const item of body.items) expect(item.candidate.name).not.toMatch(/候选人|示例/);
    }
    const all = await ctx.deps.db.selectFrom("applications").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(all.n).toBe(50);
    expect(total).toBeGreaterThan(0);
  });

  it("refuses a second board with the same seed instead of mixing it in", async () => {
    await expect(generateBoard(boardDeps(), size)).rejects.toThrow(/seed 5/);
  });
});

describe("generate: flags", () => {
  it("names the bad flag", () => {
    expect(() => parseGenerateArgs(["--vacancies", "ten"])).toThrow(/--vacancies: expected a whole number/);
    expect(() => parseGenerateArgs(["--vacancies", "2", "--candidates", "1", "--applications", "3"])).toThrow(/--applications: cannot exceed/);
    expect(() => parseGenerateArgs(["--vacancies", "0"])).toThrow(ConfigError);
    expect(parseGenerateArgs(["--vacancies", "5", "--candidates", "4", "--applications", "6", "--seed", "9"])).toEqual({ vacancies: 5, candidates: 4, applications: 6, seed: 9 });
  });
});
