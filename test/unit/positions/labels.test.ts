import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../../server/positions/clean.js";
import { positionLineClasses } from "../../../server/positions/data/line-model.js";
import { positionLineFeatures } from "../../../server/positions/line-classes.js";
import { expectedCorpus } from "./corpus.expected.js";
import { isTuningDocument } from "./eval/families.js";
import { heldoutBatches } from "./heldout/batches.js";
import { labelledDocuments, readLabelFiles, tuningDocuments } from "./labels/labelled.js";
import { modelSource, trainPositionTagger } from "./labels/train.js";

const files = readLabelFiles();
const labelled = Object.entries(files).flatMap(([family, file]) => Object.entries(file).map(([name, lines]) => ({ family, name, lines })));
const tuning = tuningDocuments();

describe("line labels (test/unit/positions/labels/*.json)", () => {
  it("label every tuning document, each in its family's file", () => {
    expect(labelled.map((l) => l.name).sort()).toEqual(tuning.map((d) => d.name).sort());
    const family = new Map(tuning.map((d) => [d.name, d.family]));
    expect(labelled.filter((l) => family.get(l.name) !== l.family).map((l) => l.name)).toEqual([]);
  });

  it("never label a held-out document: a held-out corpus family or a blind batch", () => {
    const heldOut = [...Object.keys(expectedCorpus).filter((n) => !isTuningDocument(n)), ...heldoutBatches.flatMap((b) => Object.keys(b.documents))];
    expect(labelled.filter((l) => heldOut.includes(l.name)).map((l) => l.name)).toEqual([]);
  });

  it("use only the tagger's classes", () => {
    const unknown = labelled.flatMap((l) => l.lines.filter(([c]) => !(positionLineClasses as readonly string[]).includes(c)).map(([c]) => `${l.name}: ${c}`));
    expect(unknown).toEqual([]);
  });

  it.each(tuning.map((d) => [d.name, d] as const))("line up with the current lines of %s", (name, doc) => {
    const lines = positionLineFeatures(cleanDocument(doc.text)).lines.map((l) => l.text);
    const file = labelled.find((l) => l.name === name);
    expect(file?.lines.map(([, text]) => text)).toEqual(lines);
  });
});

describe("the learned line model (server/positions/data/line-model.learned.ts)", () => {
  it("is what training on the labels gives now (run `npm run train-tagger` after changing labels or features)", () => {
    const committed = readFileSync(new URL("../../../server/positions/data/line-model.learned.ts", import.meta.url), "utf8");
    expect(modelSource(trainPositionTagger(labelledDocuments()))).toBe(committed);
  });
});
