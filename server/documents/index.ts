/**
 * The shared document core: bytes of an uploaded document → Unicode text and lines with layout
 * features, read under the guards and limits of decode/. Positions use it now; resumes next.
 * Import from here, not from the files behind it.
 */
export { decodeDocument, decodeText, decodeTextDocument, MAX_DOCUMENT_BYTES } from "./decode/index.js";
export type { DecodedDocument, DecodeOptions, DocumentHints } from "./decode/index.js";
export { DOCUMENT_MEDIA_TYPES, FORMAT_LABELS, FORMAT_NAMES, FORMATS, mediaTypeOf } from "./formats.js";
export type { DocumentFormat, FormatEntry } from "./formats.js";
export type { DocumentLine, LineGeometry, ListItem } from "./line.js";
export { lineFeatures } from "./line-features.js";
export type { FeatureLine, Vocabulary } from "./line-features.js";
export { tagLines, trainTagger } from "./line-tagger.js";
export type { Features, LabelledDocument, TaggerModel, Tagged } from "./line-tagger.js";
export { textToLines } from "./lines/text-lines.js";
export { lineAtOffset, locateLines } from "./lines/locate.js";
export type { LocatedLine } from "./lines/locate.js";
export { runBoundedWorker } from "./decode/run-extraction.js";
export type { ExtractionLimits } from "./decode/run-extraction.js";
export { closeDocumentPool, configureDocumentPool, documentPool } from "./decode/shared-pool.js";
export type { PoolStats } from "./decode/document-pool.js";
export { defaultPoolSettings } from "./decode/pool-settings.js";
export type { DocumentPoolSettings } from "./decode/pool-settings.js";
export { withDocumentClient } from "./decode/pool-client.js";
