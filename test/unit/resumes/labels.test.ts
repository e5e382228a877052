import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resumeLineClasses } from "../../../server/resumes/data/line-model.js";
import { batchOf, labelledDocuments, readLabelFiles, taggerLines, tuningBatches, tuningDocuments } from "./labels/labelled.js";
import { modelFile, modelSource, trainResumeTagger } from "./labels/train.js";

const files = readLabelFiles();
const labelled = Object.entries(files).flatMap(([batch, file]) => Object.entries(file).map(([name, lines]) => ({ batch, name, lines })));
const tuning = tuningDocuments();
const current = await Promise.all(tuning.map(async (name) => [name, (await taggerLines(name)).lines.map((l) => l.text)] as const));

describe("resume line labels (test/unit/resumes/labels/*.json)", () => {
  it("label every tuning resume, each in its batch's file", () => {
    expect(labelled.map((l) => l.name).sort()).toEqual([...tuning].sort());
    expect(labelled.filter((l) => batchOf(l.name) !== l.batch).map((l) => l.name)).toEqual([]);
  });

  it("never label a blind batch (one not yet turned into tuning documents)", () => {
    expect(labelled.filter((l) => !tuningBatches.includes(batchOf(l.name))).map((l) => l.name)).toEqual([]);
  });

  it("use only the resume tagger's classes", () => {
    const unknown = labelled.flatMap((l) => l.lines.filter(([c]) => !(resumeLineClasses as readonly string[]).includes(c)).map(([c]) => `${l.name}: ${c}`));
    expect(unknown).toEqual([]);
  });

  it.each(current)("line up with the current tagger lines of %s", (name, lines) => {
    expect(labelled.find((l) => l.name === name)?.lines.map(([, text]) => text)).toEqual(lines);
  });
});

describe("the learned resume line model (server/resumes/data/line-model.learned.ts)", () => {
  it("is what training on the labels gives now (run `npm run train-tagger` after changing labels or features)", async () => {
    expect(modelSource(trainResumeTagger(await labelledDocuments()))).toBe(readFileSync(modelFile, "utf8"));
  });
});
