import { readdirSync, readFileSync } from "node:fs";
import type { LabelledDocument } from "../../../../server/documents/line-tagger.js";
import { cleanDocument } from "../../../../server/positions/clean.js";
import { positionLineClasses, type PositionLineClass } from "../../../../server/positions/data/line-model.js";
import { positionLineFeatures } from "../../../../server/positions/line-classes.js";
import { expectedCorpus } from "../corpus.expected.js";
import { corpusFamilies, isTuningDocument } from "../eval/families.js";
import { expectedSeeds } from "../seeds.expected.js";

/**
 * Gold line labels of the tuning documents: one JSON file per layout family (`<family>.json`), each
 * `{ "<document>": [[class, line text], …] }` over the document's non-blank cleaned lines in order. The
 * text is there so a change to decoding or cleaning that shifts lines shows (labels.test.ts), and so a
 * reviewer reads what was labelled. Held-out families and blind batches are never labelled.
 */
export type LabelFile = Record<string, [PositionLineClass, string][]>;

export const labelsDir = new URL("./", import.meta.url);
const corpusDir = new URL("../corpus/", import.meta.url);
const seedsDir = new URL("../../../../seeds/", import.meta.url);

/** Seeds are tuning documents of their own family. */
export const seedFamily = "seed";

/** Every document a learned tagger may be trained on, with its family and the titles a reader finds. */
export function tuningDocuments(): { name: string; family: string; text: string; titles: string[] }[] {
  const corpus = Object.entries(expectedCorpus)
    .filter(([name]) => isTuningDocument(name))
    .map(([name, e]) => ({ name, family: corpusFamilies[name]!, text: readFileSync(new URL(name, corpusDir), "utf8"), titles: e.map((p) => p.title) }));
  const seeds = Object.entries(expectedSeeds).map(([name, e]) => ({ name, family: seedFamily, text: readFileSync(new URL(name, seedsDir), "utf8"), titles: e.map((p) => p.title) }));
  return [...corpus, ...seeds];
}

export function readLabelFiles(): Record<string, LabelFile> {
  const files = readdirSync(labelsDir).filter((f) => f.endsWith(".json")).sort();
  return Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(f, labelsDir), "utf8")) as LabelFile]));
}

export type LabelledPositionDocument = LabelledDocument<PositionLineClass> & { name: string; family: string; texts: string[] };

/** The labelled documents with the parser's features for their lines, in a fixed order (family, then name). */
export function labelledDocuments(): LabelledPositionDocument[] {
  const texts = new Map(tuningDocuments().map((d) => [d.name, d.text]));
  const out: LabelledPositionDocument[] = [];
  for (const [family, file] of Object.entries(readLabelFiles())) {
    for (const name of Object.keys(file).sort()) {
      const text = texts.get(name);
      if (text === undefined) throw new Error(`labels for ${name} (${family}.json), which is not a tuning document`);
      const { lines, features } = positionLineFeatures(cleanDocument(text));
      const labels = file[name]!.map(([label]) => label);
      for (const label of labels) if (!positionLineClasses.includes(label)) throw new Error(`${name}: unknown class ${label}`);
      out.push({ name, family, texts: lines.map((l) => l.text), lines: features, labels });
    }
  }
  return out;
}
