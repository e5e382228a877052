import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { closeDocumentPool } from "../../../server/documents/index.js";
import { positionLineClasses } from "../../../server/positions/data/line-model.js";
import { expectedCorpus } from "./corpus.expected.js";
import { isTuningDocument } from "./eval/families.js";
import { heldoutBatches } from "./heldout/batches.js";
import { batchLabelSources, isBatchFile, labelableBatches, labelFeatures, labelledDocuments, readLabelFiles, tuningDocuments } from "./labels/labelled.js";
import { modelSource, trainedOn, training, trainPositionTagger } from "./labels/train.js";

const files = readLabelFiles();
const labelled = Object.entries(files).flatMap(([family, file]) => Object.entries(file).map(([name, lines]) => ({ family, name, lines })));
const tuningLabels = labelled.filter((l) => !isBatchFile(l.family));
const batchFiles = Object.keys(files).filter(isBatchFile);
const tuning = tuningDocuments();

afterAll(() => closeDocumentPool());

describe("line labels (test/unit/positions/labels/*.json)", () => {
  it("label every tuning document, each in its family's file", () => {
    expect(tuningLabels.map((l) => l.name).sort()).toEqual(tuning.map((d) => d.name).sort());
    const family = new Map(tuning.map((d) => [d.name, d.family]));
    expect(tuningLabels.filter((l) => family.get(l.name) !== l.family).map((l) => l.name)).toEqual([]);
  });

  it("never label a held-out corpus document in a family's file, nor a blind batch's document outside its batch's file", () => {
    const heldOut = [...Object.keys(expectedCorpus).filter((n) => !isTuningDocument(n)), ...heldoutBatches.flatMap((b) => Object.keys(b.documents))];
    expect(tuningLabels.filter((l) => heldOut.includes(l.name)).map((l) => l.name)).toEqual([]);
  });

  it("label a blind batch only once its first run is recorded (heldout/history.json), and then every document of it", () => {
    const open = new Set(labelableBatches().map((b) => b.id));
    expect(batchFiles.filter((b) => !open.has(b))).toEqual([]);
    for (const id of batchFiles) expect(Object.keys(files[id]!).sort(), id).toEqual(Object.keys(heldoutBatches.find((b) => b.id === id)!.documents).sort());
  });

  it("use only the tagger's classes", () => {
    const unknown = labelled.flatMap((l) => l.lines.filter(([c]) => !(positionLineClasses as readonly string[]).includes(c)).map(([c]) => `${l.name}: ${c}`));
    expect(unknown).toEqual([]);
  });

  it.each(tuning.map((d) => [d.name, d] as const))("line up with the current lines of %s", (name, doc) => {
    const lines = labelFeatures(doc).lines.map((l) => l.text);
    const file = tuningLabels.find((l) => l.name === name);
    expect(file?.lines.map(([, text]) => text)).toEqual(lines);
  });

  it.each(batchFiles)("line up with the decoded, cleaned lines of every document of %s", async (id) => {
    for (const doc of await batchLabelSources(id)) {
      const lines = labelFeatures(doc).lines.map((l) => l.text);
      expect(files[id]![doc.name]!.map(([, text]) => text), `${id}/${doc.name}`).toEqual(lines);
    }
  });
});

describe("what training uses", () => {
  const doc = (fold: string) => ({ name: "x", family: "f", fold, texts: [], lines: [], labels: [] });
  it("trains on every tuning family, and on a blind batch's labels only when training.batches lists it", () => {
    expect(trainedOn(doc("hr-form"))).toBe(true);
    expect(trainedOn(doc("batch-99"))).toBe(training.batches.includes("batch-99"));
    for (const id of training.batches) expect(trainedOn(doc(id))).toBe(true);
  });
});

describe("the learned line model (server/positions/data/line-model.learned.ts)", () => {
  it("is what training on the labels gives now (run `npm run train-tagger` after changing labels or features)", async () => {
    const committed = readFileSync(new URL("../../../server/positions/data/line-model.learned.ts", import.meta.url), "utf8");
    expect(modelSource(trainPositionTagger(await labelledDocuments()))).toBe(committed);
  }, 60_000);
});
