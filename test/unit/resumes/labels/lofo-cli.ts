import { closeDocumentPool } from "../../../../server/documents/index.js";
import { labelledDocuments } from "./labelled.js";
import { leaveOneBatchOut } from "./lofo.js";

/** `npx tsx test/unit/resumes/labels/lofo-cli.ts`: leave-one-batch-out, learned vs hand-set, lines and fields, as JSON. */
console.log(JSON.stringify(await leaveOneBatchOut(await labelledDocuments()), null, 1));
await closeDocumentPool();
