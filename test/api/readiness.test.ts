import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from "../../server/embedded/meilisearch.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

const dataDir = mkdtempSync(join(tmpdir(), "jobboard-meili-"));
chmodSync(dataDir, 0o755);
const log = { info: () => undefined, warn: () => undefined };
let meili: EmbeddedMeilisearch;
let ctx: TestContext;

beforeAll(async () => {
  meili = await startEmbeddedMeilisearch({ dataDir, log });
  // This file's app talks to its own engine, so stopping it cannot disturb other test files.
  ctx = await createTestContext({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
});
afterAll(async () => {
  await ctx.close();
  await meili.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("/readyz", () => {
  it("turns 503 while Meilisearch is stopped and 200 once it is back", async () => {
    const ready = await ctx.request().get("/readyz");
    expect(ready.status).toBe(200);

    await meili.stop();
    const down = await ctx.request().get("/readyz");
    expect(down.status).toBe(503);
    expect(down.body.checks).toEqual({ postgres: "up", meilisearch: "down" });

    meili = await startEmbeddedMeilisearch({ dataDir, log, port: meili.port });
    const back = await ctx.request().get("/readyz");
    expect(back.status).toBe(200);
  });
});
