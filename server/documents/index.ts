/**
 * The shared document core: bytes of an uploaded document → Unicode text, read under the guards and
 * limits of decode/. Positions use it now; resumes next. Import from here, not from decode/ directly.
 */
export { decodeDocument, decodeText, MAX_DOCUMENT_BYTES } from "./decode/index.js";
export type { DecodedDocument, DecodeOptions, DocumentFormat } from "./decode/index.js";
export { runBoundedWorker } from "./decode/run-extraction.js";
export type { ExtractionLimits } from "./decode/run-extraction.js";
