import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyRequirements } from "../../server/positions/position.schema.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let org: TestOrganization;
let other: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
  other = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const position = (overrides: Record<string, unknown> = {}) => ({
  title: "行政主管",
  department: "行政部",
  reportsTo: "行政经理",
  subordinates: [],
  summary: null,
  responsibilities: ["制定行政管理制度"],
  requirements: { ...emptyRequirements(), education: { minLevel: "associate", majors: [], majorsRequired: false } },
  language: "zh-Hans",
  ...overrides,
});

describe("positions CRUD", () => {
  it("creates, reads, lists, patches and deletes a position", async () => {
    const created = await ctx.request().post("/v1/positions").set(bearer(org.apiKey)).send(position());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), title: "行政主管", version: 1, compliance: [] });

    const got = await ctx.request().get(`/v1/positions/${created.body.id}`).set(bearer(org.apiKey));
    expect(got.body.requirements.education.minLevel).toBe("associate");

    const patched = await ctx.request().patch(`/v1/positions/${created.body.id}`).set(bearer(org.apiKey)).send({ title: "行政经理" });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: "行政经理", department: "行政部", version: 2 });

    const list = await ctx.request().get("/v1/positions?pageSize=1").set(bearer(org.apiKey));
    expect(list.body).toMatchObject({ page: 1, pageSize: 1, total: expect.any(Number) });
    expect(list.body.items).toHaveLength(1);

    expect((await ctx.request().delete(`/v1/positions/${created.body.id}`).set(bearer(org.apiKey))).status).toBe(204);
    expect((await ctx.request().get(`/v1/positions/${created.body.id}`).set(bearer(org.apiKey))).status).toBe(404);
  });

  it("announces a change through the outbox in the same transaction: when the announcement fails, the change is not kept", async () => {
    const created = await ctx.request().post("/v1/positions").set(bearer(org.apiKey)).send(position());
    const id = created.body.id as string;
    // A real Postgres failure of the outbox insert, after the position row was already updated.
    await sql`create or replace function fail_outbox_insert() returns trigger language plpgsql as $$
      begin raise exception 'outbox unavailable'; end $$`.execute(ctx.deps.db);
    await sql.raw(`create trigger fail_outbox_${id.replace(/-/g, "")} before insert on outbox for each row
      when (new.aggregate_id = '${id}') execute function fail_outbox_insert()`).execute(ctx.deps.db);
    const failed = await ctx.request().patch(`/v1/positions/${id}`).set(bearer(org.apiKey)).send({ title: "行政总监", requirements: emptyRequirements() });
    expect(failed.status).toBe(500);
    expect((await ctx.request().get(`/v1/positions/${id}`).set(bearer(org.apiKey))).body).toMatchObject({ title: "行政主管", version: 1 });

    await sql.raw(`drop trigger fail_outbox_${id.replace(/-/g, "")} on outbox`).execute(ctx.deps.db);
    const patched = await ctx.request().patch(`/v1/positions/${id}`).set(bearer(org.apiKey)).send({ title: "行政总监", requirements: emptyRequirements() });
    expect(patched.body).toMatchObject({ title: "行政总监", version: 2 });
    const rows = await ctx.deps.db.selectFrom("outbox").selectAll().where("aggregate_id", "=", id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: "position.changed", aggregate_version: 2, payload: { requirementsChanged: true } });
  });

  it("flags forbidden requirements in a position created from JSON", async () => {
    const created = await ctx.request().post("/v1/positions").set(bearer(org.apiKey)).send(position({ responsibilities: ["限男性，已婚已育"] }));
    const categories = (created.body.compliance as { category: string }[]).map((f) => f.category).sort();
    expect(categories).toEqual(["gender", "marital_childbearing"]);
  });

  it("refuses unknown fields, naming them", async () => {
    const res = await ctx.request().post("/v1/positions").set(bearer(org.apiKey)).send(position({ salaryRange: "5k" }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: "salaryRange", message: "unknown field" }]);
    const patch = await ctx.request().patch(`/v1/positions/00000000-0000-4000-8000-000000000000`).set(bearer(org.apiKey)).send({ requirements: { education: {} } });
    expect(patch.status).toBe(400);
  });

  it("refuses an invalid education level with its path", async () => {
    const res = await ctx
      .request()
      .post("/v1/positions")
      .set(bearer(org.apiKey))
      .send(position({ requirements: { ...emptyRequirements(), education: { minLevel: "phd", majors: [], majorsRequired: false } } }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("requirements.education.minLevel");
  });

  it("answers 404 for another organization's position, on every verb", async () => {
    const created = await ctx.request().post("/v1/positions").set(bearer(org.apiKey)).send(position());
    const id = created.body.id;
    expect((await ctx.request().get(`/v1/positions/${id}`).set(bearer(other.apiKey))).status).toBe(404);
    expect((await ctx.request().patch(`/v1/positions/${id}`).set(bearer(other.apiKey)).send({ title: "x" })).status).toBe(404);
    expect((await ctx.request().delete(`/v1/positions/${id}`).set(bearer(other.apiKey))).status).toBe(404);
    const list = await ctx.request().get("/v1/positions").set(bearer(other.apiKey));
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
    expect((await ctx.request().get(`/v1/positions/${id}`).set(bearer(org.apiKey))).status).toBe(200);
  });

  it("requires a recruiter key", async () => {
    expect((await ctx.request().get("/v1/positions")).status).toBe(401);
    expect((await ctx.request().get("/v1/positions").set(bearer(ctx.adminToken))).status).toBe(403);
  });
});
