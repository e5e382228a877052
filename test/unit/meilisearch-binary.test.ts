import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MEILISEARCH_SHA256, packagedMeilisearchBinary, verifyPinnedBinary } from "../../server/embedded/meilisearch.js";

const dir = mkdtempSync(join(tmpdir(), "jobboard-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the pinned Meilisearch binary", () => {
  it("accepts the packaged 1.21.0 binary", async () => {
    await expect(verifyPinnedBinary(packagedMeilisearchBinary())).resolves.toBeUndefined();
  });

  it("refuses a binary that differs by one byte", async () => {
    const tampered = join(dir, "meilisearch");
    copyFileSync(packagedMeilisearchBinary(), tampered);
    writeFileSync(tampered, Buffer.from([0x90]), { flag: "a" });
    await expect(verifyPinnedBinary(tampered)).rejects.toThrow(/does not match the pinned/);
  });

  it("pins the digest DESIGN.md names", () => {
    expect(MEILISEARCH_SHA256).toBe("5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0");
  });
});
