import { readdirSync, readFileSync } from "node:fs";
import type { LabelledDocument } from "../../../../server/documents/index.js";
import { decodeDocument, type DocumentLine } from "../../../../server/documents/index.js";
import { resumeLineClasses, type ResumeLineClass } from "../../../../server/resumes/data/line-model.js";
import { resumeTaggerInput } from "../../../../server/resumes/read-resume.js";
import { expectedResumes } from "../corpus.expected.js";

/**
 * Gold line labels of the resume corpus's TUNING batches: one JSON file per batch (`<batch>.json`), each
 * `{ "<document>": [[class, line text], …] }` over the lines the resume tagger classifies (the decoded
 * document's lines after the personal block and a form's education cells are taken out and leading
 * headings split off, `resumeTaggerInput`), in order. The text is there so a change that shifts lines
 * shows (labels.test.ts), and so a reviewer reads what was labelled. Blind batches are never labelled
 * until their first run is recorded and their misses are fixed; then they are tuning documents.
 */
export type ResumeLabelFile = Record<string, [ResumeLineClass, string][]>;

/** The batches whose documents may be labelled and trained on (blind batches join after their first run and fixes). */
export const tuningBatches = ["batch1", "batch2", "batch3", "batch4", "batch5"];

export const labelsDir = new URL("./", import.meta.url);
const corpusDir = new URL("../corpus/", import.meta.url);

export const batchOf = (name: string) => name.split("/")[0]!;

/** The tuning documents, in the corpus's order. */
export const tuningDocuments = () => Object.keys(expectedResumes).filter((name) => tuningBatches.includes(batchOf(name)));

const decoded = new Map<string, Promise<DocumentLine[]>>();

/** A corpus document's decoded lines, decoded once per process (PDFs and .docx start an extraction thread each). */
export function decodedLines(name: string): Promise<DocumentLine[]> {
  let lines = decoded.get(name);
  if (!lines) decoded.set(name, (lines = decodeDocument(readFileSync(new URL(name, corpusDir)), { timeoutMs: 120_000 }).then((d) => d.lines)));
  return lines;
}

/** A document's lines as the tagger sees them: their text and features. */
export async function taggerLines(name: string) {
  return resumeTaggerInput(await decodedLines(name));
}

export function readLabelFiles(): Record<string, ResumeLabelFile> {
  const files = readdirSync(labelsDir).filter((f) => f.endsWith(".json")).sort();
  return Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(f, labelsDir), "utf8")) as ResumeLabelFile]));
}

export type LabelledResumeDocument = LabelledDocument<ResumeLineClass> & { name: string; batch: string; texts: string[] };

/** The labelled documents with the reader's features for their lines, in a fixed order (batch, then name). */
export async function labelledDocuments(): Promise<LabelledResumeDocument[]> {
  const out: LabelledResumeDocument[] = [];
  for (const [batch, file] of Object.entries(readLabelFiles())) {
    for (const name of Object.keys(file).sort()) {
      if (!tuningDocuments().includes(name)) throw new Error(`labels for ${name} (${batch}.json), which is not a tuning document`);
      const { lines, features } = await taggerLines(name);
      const labels = file[name]!.map(([label]) => label);
      for (const label of labels) if (!resumeLineClasses.includes(label)) throw new Error(`${name}: unknown class ${label}`);
      out.push({ name, batch, texts: lines.map((l) => l.text), lines: features, labels });
    }
  }
  return out;
}
