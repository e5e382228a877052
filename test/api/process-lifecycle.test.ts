import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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

  it("refuses to start on a bad variable, naming it", async () => {
    await expect(startServerProcess({ ...env, PUBLIC_RATE_LIMIT: "lots" })).rejects.toThrow(/PUBLIC_RATE_LIMIT/);
  });
});
