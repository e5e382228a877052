import { describe, expect, it } from "vitest";
import { expectedCorpus } from "./corpus.expected.js";
import { allBatchDocuments } from "./eval/documents.js";
import { corpusFamilies, heldOutCorpusFamilies, isTuningDocument } from "./eval/families.js";
import { readFloors, readHistory } from "./eval/history.js";
import { figures } from "./eval/score.js";

// The parser is not expected to read every blind document right: a batch is held to the figures it last
// reached (heldout/floors.json), so a regression fails while a known miss does not. See heldout/README.md.
const batches = await allBatchDocuments();
const floors = readFloors();
const history = readHistory();

describe.each(batches.map((b) => [b.batch.id, b] as const))("held-out %s", (id, { documents }) => {
  const f = figures(documents);
  const floor = floors[id];

  it("has its blind first run recorded in heldout/history.json, with its counts, and a floor in heldout/floors.json", () => {
    expect(history.map((h) => h.batch)).toContain(id);
    // the counts let every first run be pooled (pooledFirstRuns); a ratio alone cannot be
    expect(history.find((h) => h.batch === id)?.counts).toBeDefined();
    expect(floor).toBeDefined();
  });

  it("stays at or above its floors for title recall, title precision and fields", () => {
    expect(f.titleRecall).toBeGreaterThanOrEqual(floor!.titleRecall!);
    expect(f.titlePrecision).toBeGreaterThanOrEqual(floor!.titlePrecision!);
    expect(f.fields).toBeGreaterThanOrEqual(floor!.fields!);
  });

  it("stays at or above its floor for skill precision", () => {
    expect(f.skillPrecision ?? 1).toBeGreaterThanOrEqual(floor!.skillPrecision ?? 0);
  });
});

describe("corpus split by layout family", () => {
  it("gives every corpus document a family", () => {
    expect(Object.keys(expectedCorpus).filter((name) => corpusFamilies[name] === undefined)).toEqual([]);
  });

  it("keeps whole families out of tuning, and leaves both sides non-empty", () => {
    const names = Object.keys(expectedCorpus);
    const tuningFamilies = new Set(names.filter(isTuningDocument).map((n) => corpusFamilies[n]));
    for (const family of heldOutCorpusFamilies) expect(tuningFamilies.has(family), family).toBe(false);
    expect(names.filter(isTuningDocument).length).toBeGreaterThan(names.length / 2);
    expect(names.filter((n) => !isTuningDocument(n)).length).toBeGreaterThan(0);
  });

  it("labels blind batch documents with families the tuning set does not have", () => {
    const tuning = new Set(Object.keys(expectedCorpus).filter(isTuningDocument).map((n) => corpusFamilies[n]));
    const clashes = batches.flatMap((b) => b.documents.filter((d) => tuning.has(d.family)).map((d) => `${b.batch.id}/${d.name}`));
    expect(clashes).toEqual([]);
  });
});
