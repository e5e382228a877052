import { closeDocumentPool } from "../../../../server/documents/index.js";
import { writeFileSync } from "node:fs";
import { labelledDocuments } from "./labelled.js";
import { modelFile, modelSource, trainResumeTagger } from "./train.js";

/** Part of `npm run train-tagger`: trains the resume line tagger on the labels and writes the model the reader can import. */
const started = Date.now();
const documents = await labelledDocuments();
writeFileSync(modelFile, modelSource(trainResumeTagger(documents)));
const lines = documents.reduce((n, d) => n + d.labels.length, 0);
console.error(`trained on ${documents.length} resumes, ${lines} lines in ${Date.now() - started} ms; wrote server/resumes/data/line-model.learned.ts`);
await closeDocumentPool();
