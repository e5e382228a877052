import { writeFileSync } from "node:fs";
import { closeDocumentPool } from "../../../../server/documents/index.js";
import { labelledDocuments } from "./labelled.js";
import { modelSource, trainPositionTagger } from "./train.js";

/** `npm run train-tagger`: trains the positions line tagger on the labels and writes the model the parser can import. */
export const modelFile = new URL("../../../../server/positions/data/line-model.learned.ts", import.meta.url);

const started = Date.now();
const documents = await labelledDocuments();
writeFileSync(modelFile, modelSource(trainPositionTagger(documents)));
const lines = documents.reduce((n, d) => n + d.labels.length, 0);
console.error(`trained on ${documents.length} documents, ${lines} lines in ${Date.now() - started} ms; wrote server/positions/data/line-model.learned.ts`);
await closeDocumentPool();
