import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
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
    server.child.kill("SIGTERM");
    await server.exited;
    expect(await waitForNoPids(dataDir)).toEqual([]);
  });

  it("leaves no child behind when the Node process is killed outright", async () => {
    const server = await startServerProcess(env);
    server.child.kill("SIGKILL");
    await server.exited;
    expect(await waitForNoPids(dataDir)).toEqual([]);
  });

  it("uses configured servers and starts neither embedded one", async () => {
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
