import { readFileSync } from "node:fs";
import { decodeDocument, type DocumentLine } from "../../../../server/documents/index.js";
import { parsePositions } from "../../../../server/positions/parse.js";
import { expectedCorpus } from "../corpus.expected.js";
import { corpusDocuments as readCorpus } from "../corpus-text.js";
import { heldoutBatches } from "../heldout/batches.js";
import { expectedSeeds } from "../seeds.expected.js";
import type { HeldoutBatch } from "./batch.js";
import { corpusFamilies, isTuningDocument } from "./families.js";
import type { ScoredDocument } from "./score.js";

const seedsDir = new URL("../../../../seeds/", import.meta.url);
const heldoutDir = new URL("../heldout/", import.meta.url);

const parsed = (name: string, family: string, text: string, expected: ScoredDocument["expected"], lines?: readonly DocumentLine[]): ScoredDocument => ({
  name, family, expected, positions: parsePositions(text, lines).positions,
});

/** The corpus split by family: `tuning` (what the parser may be fitted to) and `heldOut` (families kept out). */
export async function corpusDocuments(): Promise<{ tuning: ScoredDocument[]; heldOut: ScoredDocument[] }> {
  const read = await readCorpus(Object.keys(expectedCorpus));
  const all = Object.entries(expectedCorpus).map(([name, expected]) => parsed(name, corpusFamilies[name] ?? "unlabelled", read.get(name)!.text, expected, read.get(name)!.lines));
  return { tuning: all.filter((d) => isTuningDocument(d.name)), heldOut: all.filter((d) => !isTuningDocument(d.name)) };
}

export function seedDocuments(): ScoredDocument[] {
  return Object.entries(expectedSeeds).map(([name, expected]) => parsed(name, "seed", readFileSync(new URL(name, seedsDir), "utf8"), expected));
}

/**
 * A blind batch read as an upload would be: the file's bytes through the document decoder (so .pdf, .docx,
 * .html and .md go through their extractors), then the parser, given the decoder's text and its lines.
 */
export async function batchDocuments(batch: HeldoutBatch): Promise<ScoredDocument[]> {
  // All at once: the shared document pool reads as many as it has warm threads and queues the rest.
  const entries = Object.entries(batch.documents);
  const decoded = await Promise.all(entries.map(async ([name]) => decodeDocument(readFileSync(new URL(`${batch.id}/${name}`, heldoutDir)), { filename: name })));
  return entries.map(([name, doc], i) => parsed(name, doc.family, decoded[i]!.text, doc.positions, decoded[i]!.lines));
}

export async function allBatchDocuments(): Promise<{ batch: HeldoutBatch; documents: ScoredDocument[] }[]> {
  return Promise.all(heldoutBatches.map(async (batch) => ({ batch, documents: await batchDocuments(batch) })));
}
