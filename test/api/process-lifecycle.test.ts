import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { emptyRequirements } from "../../server/positions/position.schema.js";
import { pidsMentioning, startServerProcess, waitForNoPids } from "../helpers/spawn-server.js";

const dataDir = mkdtempSync(join(tmpdir(), "jobboard-proc-"));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const env = { DATA_DIR: dataDir, DEMO_DATA: "0" };

describe("the real entry point", () => {
  it("starts embedded Postgres and Meilisearch, and leaves no child behind on SIGINT", async () => {
    const server = await startServerProcess(env);
    expect(pidsMentioning(dataDir).length).toBeGreaterThanOrEqual(2);
    const docs = await fetch(`http://127.0.0.1:${server.port}/docs/`);
    expect(docs.status).toBe(200);
    const adminToken = readFileSync(join(dataDir, "admin-token"), "utf8").trim();
    const created = await fetch(`http://127.0.0.1:${server.port}/v1/organizations`, {
      method: "POST",
      headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Persisted", slug: "persisted" }),
    });
    expect(created.status).toBe(201);
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
    expect(await waitForNoPids(dataDir)).toEqual([]);
  });

  it("reuses the data on a second start", async () => {
    const server = await startServerProcess(env);
    const adminToken = readFileSync(join(dataDir, "admin-token"), "utf8").trim();
    const again = await fetch(`http://127.0.0.1:${server.port}/v1/organizations`, {
      method: "POST",
      headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Persisted", slug: "persisted" }),
    });
    expect(again.status).toBe(409);
    // A resume read starts the document pool's threads; SIGTERM must still stop cleanly (deps.close stops them).
    const pdf = readFileSync(new URL("../fixtures/documents/resume-two-column.en.pdf", import.meta.url));
    const parsed = await fetch(`http://127.0.0.1:${server.port}/v1/candidates/parse`, { method: "POST", headers: { "Content-Type": "application/pdf" }, body: pdf });
    expect(parsed.status).toBe(200);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(await waitForNoPids(dataDir)).toEqual([]);
  });

  it("leaves no child behind when the Node process is killed outright", async () => {
    const server = await startServerProcess(env);
    server.child.kill("SIGKILL");
    await server.exited;
    expect(await waitForNoPids(dataDir)).toEqual([]);
  });

  it("uses configured servers, starts neither embedded one, and makes a publish searchable with no extra process", async () => {
    const name = `ext_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: inject("postgresUrl") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const databaseUrl = new URL(inject("postgresUrl"));
    databaseUrl.pathname = `/${name}`;
    const externalDir = mkdtempSync(join(tmpdir(), "jobboard-ext-"));
    const server = await startServerProcess({
      DATA_DIR: externalDir,
      DATABASE_URL: databaseUrl.toString(),
      MEILI_URL: inject("meiliUrl"),
      MEILI_MASTER_KEY: inject("meiliMasterKey"),
      MEILI_INDEX_PREFIX: `${name}_`,
      ADMIN_TOKEN: "external-admin-token-0123456789",
    });
    try {
      expect(pidsMentioning(externalDir)).toEqual([]);
      const created = await fetch(`http://127.0.0.1:${server.port}/v1/organizations`, {
        method: "POST",
        headers: { Authorization: "Bearer external-admin-token-0123456789", "Content-Type": "application/json" },
        body: JSON.stringify({ name: "External", slug: "external" }),
      });
      expect(created.status).toBe(201);
      const { apiKey } = (await created.json()) as { apiKey: string };
      const call = (path: string, body: object) =>
        fetch(`http://127.0.0.1:${server.port}${path}`, { method: "POST", headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const position = await call("/v1/positions", {
        title: "外部引擎同步岗", department: null, reportsTo: null, subordinates: [], summary: null, responsibilities: [],
        requirements: emptyRequirements(),
        compliance: [], language: "zh-Hans",
      });
      expect(position.status).toBe(201);
      const published = await call("/v1/vacancies", { positionId: ((await position.json()) as { id: string }).id, status: "published" });
      expect(published.status).toBe(201);
      const deadline = Date.now() + 30_000;
      let found = 0;
      while (found === 0 && Date.now() < deadline) {
        const res = await fetch(`http://127.0.0.1:${server.port}/v1/jobs?q=${encodeURIComponent("外部引擎同步岗")}`);
        found = res.ok ? ((await res.json()) as { total: number }).total : 0;
        if (found === 0) await new Promise((r) => setTimeout(r, 100));
      }
      expect(found).toBe(1);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      rmSync(externalDir, { recursive: true, force: true });
    }
  });

  it("refuses to start on a bad variable, naming it", async () => {
    await expect(startServerProcess({ ...env, PUBLIC_RATE_LIMIT: "lots" })).rejects.toThrow(/PUBLIC_RATE_LIMIT/);
  });
});
