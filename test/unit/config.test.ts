import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config.js";

const issuesOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.issues.map((i) => i.variable);
    throw err;
  }
  return [];
};

describe("loadConfig", () => {
  it("defaults to the embedded setup with demo data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: "./.data", databaseUrl: undefined, meiliUrl: undefined, publicRateLimit: 600, demoData: true });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("turns demo data off by default when both servers are external", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/app", MEILI_URL: "http://meili:7700", MEILI_MASTER_KEY: "k".repeat(32) });
    expect(config.demoData).toBe(false);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x/y" }, "DATABASE_URL"],
    [{ MEILI_URL: "ftp://x" , MEILI_MASTER_KEY: "k".repeat(32) }, "MEILI_URL"],
    [{ PUBLIC_RATE_LIMIT: "-1" }, "PUBLIC_RATE_LIMIT"],
    [{ DEMO_DATA: "maybe" }, "DEMO_DATA"],
    [{ ADMIN_TOKEN: "short" }, "ADMIN_TOKEN"],
    [{ MEILI_URL: "http://meili:7700" }, "MEILI_MASTER_KEY"],
    [{ PUBLIC_BASE_URL: "jobs.example.com" }, "PUBLIC_BASE_URL"],
    [{ PUBLIC_BASE_URL: "javascript:alert(1)" }, "PUBLIC_BASE_URL"],
    [{ SYNC_WORKER: "maybe" }, "SYNC_WORKER"],
  ])("names the bad variable in %j", (env, variable) => {
    expect(issuesOf(env)).toContain(variable);
  });

  it("runs the sync worker in the API process in every mode unless SYNC_WORKER=off", () => {
    const external = { DATABASE_URL: "postgres://u:p@db:5432/app", MEILI_URL: "http://meili:7700", MEILI_MASTER_KEY: "k".repeat(32) };
    expect(loadConfig({}).syncWorker).toBe(true);
    expect(loadConfig(external).syncWorker).toBe(true);
    expect(loadConfig({ ...external, SYNC_WORKER: "off" }).syncWorker).toBe(false);
  });

  it("reads TRUST_PROXY as a hop count, a flag or an address list", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe("loopback, 10.0.0.0/8");
    expect(issuesOf({ TRUST_PROXY: "everyone; drop table" })).toEqual(["TRUST_PROXY"]);
  });

  it("links public pages under PUBLIC_BASE_URL without a trailing slash, or the local port by default", () => {
    expect(loadConfig({ PUBLIC_BASE_URL: "https://jobs.example.com/" }).publicBaseUrl).toBe("https://jobs.example.com");
    expect(loadConfig({ PORT: "8080" }).publicBaseUrl).toBe("http://localhost:8080");
  });

  it("accepts 0 to turn the public rate limit off", () => {
    expect(loadConfig({ PUBLIC_RATE_LIMIT: "0" }).publicRateLimit).toBe(0);
  });
});
