import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configVariables, loadConfig } from "../../server/config.js";

// No Docker engine runs here, so the production shape is checked statically.
const compose = parse(readFileSync(new URL("../../docker-compose.yml", import.meta.url), "utf8")) as {
  services: Record<string, { image?: string; build?: unknown; command?: string[]; environment?: Record<string, string>; healthcheck?: { test: unknown }; volumes?: string[] }>;
  volumes: Record<string, unknown>;
};

const sample: Record<string, string> = {
  POSTGRES_PASSWORD: "pw",
  MEILI_MASTER_KEY: "m".repeat(32),
  ADMIN_TOKEN: "a".repeat(32),
};
/** Substitutes ${VAR}, ${VAR:-default} and ${VAR:?message} the way compose does. */
const interpolate = (value: string) =>
  value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op?: string, arg?: string) => sample[name] ?? (op === "-" ? arg! : ""));

describe("docker-compose.yml", () => {
  it("pins the images the design names", () => {
    expect(compose.services.postgres?.image).toBe("postgres:18");
    expect(compose.services.meilisearch?.image).toBe("getmeili/meilisearch:v1.21.0");
    expect(compose.services.api?.build).toBeDefined();
    expect(compose.services.worker?.build).toBeDefined();
  });

  it("gives every service a health check and a volume", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.healthcheck?.test, name).toBeDefined();
      expect(service.volumes?.length, name).toBeGreaterThan(0);
      for (const volume of service.volumes!) expect(Object.keys(compose.volumes)).toContain(volume.split(":")[0]);
    }
  });

  it("takes Meilisearch's master key from the environment", () => {
    expect(compose.services.meilisearch?.environment?.MEILI_MASTER_KEY).toBe("${MEILI_MASTER_KEY:?set MEILI_MASTER_KEY}");
  });

  it.each(["api", "worker"])("configures %s only with variables the config schema knows, and valid values", (name) => {
    const env = compose.services[name]!.environment!;
    for (const key of Object.keys(env)) expect(configVariables).toContain(key);
    const config = loadConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v))])));
    expect(config.databaseUrl).toMatch(/^postgres:\/\/jobboard:pw@postgres:5432\/jobboard$/);
    expect(config.meiliUrl).toBe("http://meilisearch:7700");
    expect(config.demoData).toBe(false);
  });

  it("leaves search sync to the worker service: the API is told not to run it, the worker runs it", () => {
    const configOf = (name: string) =>
      loadConfig(Object.fromEntries(Object.entries(compose.services[name]!.environment!).map(([k, v]) => [k, interpolate(String(v))])));
    expect(configOf("api").syncWorker).toBe(false);
    expect(compose.services.worker?.command).toEqual(["node", "dist/search/worker-cli.js"]);
  });

  it("runs the compiled entry points", () => {
    expect(compose.services.api?.command).toEqual(["node", "dist/server/main.js"]);
    expect(compose.services.worker?.command).toEqual(["node", "dist/search/worker-cli.js"]);
  });
});
