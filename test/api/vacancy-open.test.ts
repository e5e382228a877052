import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isOpenVacancy, openDocumentFilter, openVacancySql } from "../../db/vacancy-open.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const now = new Date("2026-12-01T12:00:00Z");
const cases = [
  { status: "published", closes_at: null, open: true },
  { status: "published", closes_at: new Date("2026-12-01T12:00:01Z"), open: true },
  { status: "published", closes_at: now, open: false },
  { status: "published", closes_at: new Date("2026-11-30T00:00:00Z"), open: false },
  { status: "draft", closes_at: null, open: false },
  { status: "closed", closes_at: new Date("2027-01-01T00:00:00Z"), open: false },
];

describe("the open-vacancy rule", () => {
  it.each(cases)("in code: $status closing $closes_at → $open", (row) => {
    expect(isOpenVacancy(row, now)).toBe(row.open);
  });

  it("gives the same answers in SQL", async () => {
    const rows = sql.join(cases.map((c) => sql`(${c.status}::text, ${c.closes_at}::timestamptz)`));
    const { rows: answers } = await sql<{ open: boolean }>`select ${openVacancySql(now, "v")} as open from (values ${rows}) as v(status, closes_at)`.execute(ctx.deps.db);
    expect(answers.map((a) => a.open)).toEqual(cases.map((c) => c.open));
  });

  it("renders the closing check for search documents", () => {
    expect(openDocumentFilter(now)).toBe(`(closesAtTs IS NULL OR closesAtTs > ${now.getTime()})`);
  });
});
