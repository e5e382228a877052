import { readdirSync, readFileSync } from "node:fs";
import { decodeDocument, type DocumentLine } from "../../../../server/documents/index.js";
import type { LabelledDocument } from "../../../../server/documents/line-tagger.js";
import { cleanDocument } from "../../../../server/positions/clean.js";
import { positionLineClasses, type PositionLineClass } from "../../../../server/positions/data/line-model.js";
import { positionLineFeatures } from "../../../../server/positions/line-classes.js";
import { expectedCorpus } from "../corpus.expected.js";
import type { HeldoutBatch } from "../eval/batch.js";
import { corpusFamilies, isTuningDocument } from "../eval/families.js";
import { readHistory } from "../eval/history.js";
import { heldoutBatches } from "../heldout/batches.js";
import { expectedSeeds } from "../seeds.expected.js";

/**
 * Gold line labels: one JSON file per layout family of the tuning set (`<family>.json`), and one per blind
 * batch whose first run is recorded (`batch-NN.json`), each `{ "<document>": [[class, line text], …] }`
 * over the document's non-blank cleaned lines in order. The text is there so a change to decoding or
 * cleaning that shifts lines shows (labels.test.ts), and so a reviewer reads what was labelled. Held-out
 * corpus families are never labelled, nor a blind batch before its first run is in heldout/history.json.
 */
export type LabelFile = Record<string, [PositionLineClass, string][]>;

export const labelsDir = new URL("./", import.meta.url);
const corpusDir = new URL("../corpus/", import.meta.url);
const seedsDir = new URL("../../../../seeds/", import.meta.url);
const heldoutDir = new URL("../heldout/", import.meta.url);

/** Seeds are tuning documents of their own family. */
export const seedFamily = "seed";

/** A document that may be labelled: its text (and a decoded format's lines), family, and the titles a reader finds. */
export type LabelSource = { name: string; family: string; text: string; lines?: readonly DocumentLine[]; titles: string[] };

/** Every tuning document a learned tagger may be trained on, with its family and the titles a reader finds. */
export function tuningDocuments(): LabelSource[] {
  const corpus = Object.entries(expectedCorpus)
    .filter(([name]) => isTuningDocument(name))
    .map(([name, e]) => ({ name, family: corpusFamilies[name]!, text: readFileSync(new URL(name, corpusDir), "utf8"), titles: e.map((p) => p.title) }));
  const seeds = Object.entries(expectedSeeds).map(([name, e]) => ({ name, family: seedFamily, text: readFileSync(new URL(name, seedsDir), "utf8"), titles: e.map((p) => p.title) }));
  return [...corpus, ...seeds];
}

/** A label file named for a blind batch (`batch-07.json`) holds that batch's documents. */
export const isBatchFile = (file: string) => /^batch-\d+$/.test(file);

/**
 * The blind batches that may be labelled: those whose first run is recorded in heldout/history.json (the
 * unbiased figure is kept; from then on the batch is tuning data). A batch still being written is not.
 */
export function labelableBatches(): HeldoutBatch[] {
  const recorded = new Set(readHistory().map((h) => h.batch));
  return heldoutBatches.filter((b) => recorded.has(b.id));
}

const decoded = new Map<string, Promise<LabelSource[]>>();

/** A blind batch's documents read as parse-eval reads them: the file through the decoder, text and lines. */
export function batchLabelSources(batchId: string): Promise<LabelSource[]> {
  const batch = labelableBatches().find((b) => b.id === batchId);
  if (!batch) throw new Error(`${batchId} is not a blind batch with a recorded first run: it may not be labelled`);
  let out = decoded.get(batchId);
  if (!out) {
    out = Promise.all(
      Object.entries(batch.documents).map(async ([name, doc]) => {
        const d = await decodeDocument(readFileSync(new URL(`${batch.id}/${name}`, heldoutDir)), { filename: name });
        return { name, family: doc.family, text: d.text, lines: d.lines, titles: doc.positions.map((p) => p.title) };
      }),
    );
    decoded.set(batchId, out);
  }
  return out;
}

/** A document's cleaned lines and their features, as the parser computes them (decoder lines carry layout). */
export const labelFeatures = (doc: Pick<LabelSource, "text" | "lines">) => positionLineFeatures(cleanDocument(doc.text, doc.lines));

export function readLabelFiles(): Record<string, LabelFile> {
  const files = readdirSync(labelsDir).filter((f) => f.endsWith(".json")).sort();
  return Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(f, labelsDir), "utf8")) as LabelFile]));
}

/**
 * `fold`: the group leave-one-out holds out together — a tuning document's family, or a blind batch's id
 * (every document of a batch is in a family of its own; holding out the batch tests its layouts unseen).
 */
export type LabelledPositionDocument = LabelledDocument<PositionLineClass> & { name: string; family: string; fold: string; texts: string[] };

/** The labelled documents with the parser's features for their lines, in a fixed order (label file, then name). */
export async function labelledDocuments(): Promise<LabelledPositionDocument[]> {
  const tuning = new Map(tuningDocuments().map((d) => [d.name, d]));
  const out: LabelledPositionDocument[] = [];
  for (const [file, labelled] of Object.entries(readLabelFiles())) {
    const batch = isBatchFile(file) ? new Map((await batchLabelSources(file)).map((d) => [d.name, d])) : null;
    for (const name of Object.keys(labelled).sort()) {
      const doc = batch ? batch.get(name) : tuning.get(name);
      if (doc === undefined) throw new Error(`labels for ${name} (${file}.json), which is not ${batch ? `a document of ${file}` : "a tuning document"}`);
      const { lines, features } = labelFeatures(doc);
      const labels = labelled[name]!.map(([label]) => label);
      for (const label of labels) if (!positionLineClasses.includes(label)) throw new Error(`${name}: unknown class ${label}`);
      out.push({ name: batch ? `${file}/${name}` : name, family: doc.family, fold: batch ? file : doc.family, texts: lines.map((l) => l.text), lines: features, labels });
    }
  }
  return out;
}
