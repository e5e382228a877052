import { DocumentRejected } from "../../errors.js";
import { FORMAT_LABELS, formatNamed, type DocumentFormat, type ReaderOutput } from "../formats.js";
import type { DocumentLine } from "../line.js";
import { decodeText } from "./encoding.js";
import { formatByMagic, isRtf, looksLikeText, textFormatOf, type DocumentHints } from "./format.js";
import { DEFAULT_TIMEOUT_MS, MAX_DOCUMENT_BYTES } from "./limits.js";
import { runExtraction } from "./run-extraction.js";

export { decodeText } from "./encoding.js";
export { MAX_DOCUMENT_BYTES } from "./limits.js";
export type { DocumentHints } from "./format.js";

export type DecodedDocument = {
  /** Unicode text, BOM removed, line endings normalized to "\n"; PDF pages are separated by a "\f" line. */
  text: string;
  /** The same content as lines with layout features (blank lines left out). */
  lines: DocumentLine[];
  /** The detected encoding of a text body; for containers, that of the text inside ("utf-8" for .docx, "unicode" for .doc and .pdf). */
  encoding: string;
  format: DocumentFormat;
  warnings: string[];
};

/**
 * `timeoutMs`: how long extraction may run on its pool thread (the heap limit is the pool's). `pictures`: find the
 * pictures a PDF's first page draws (a résumé's photo), which costs decoding them; positions never ask.
 */
export type DecodeOptions = DocumentHints & { timeoutMs?: number; pictures?: boolean };

/**
 * Bytes of an uploaded document → its text and lines. The leading bytes decide containers; text is
 * decoded first (any common encoding) and then read as the text format it declares or looks like.
 * Throws DocumentRejected for anything it will not read.
 */
export async function decodeDocument(bytes: Uint8Array, opts: DecodeOptions = {}): Promise<DecodedDocument> {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentRejected("too_large", `The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`, "too_large");
  }
  if (isRtf(bytes)) {
    throw new DocumentRejected("unsupported_media_type", "RTF documents are not supported; save as .docx or .pdf.", "unsupported_format");
  }
  const container = formatByMagic(bytes);
  if (container) {
    const read = await readFormat(container.name as DocumentFormat, bytes, null, opts);
    return finish(read, container.containerEncoding ?? "unicode", container.name as DocumentFormat, read.warnings);
  }
  const { text, encoding } = decodeText(bytes);
  if (!looksLikeText(text)) {
    throw new DocumentRejected("unsupported_media_type", `The document is none of ${FORMAT_LABELS}.`, "unsupported_format");
  }
  return readText(text, encoding, opts);
}

/** Text that is already Unicode (a JSON body) → the same reading as an uploaded text file. */
export async function decodeTextDocument(text: string, opts: DecodeOptions = {}): Promise<DecodedDocument> {
  return readText(text.replace(/\r\n?/g, "\n"), "utf-8", opts);
}

async function readText(text: string, encoding: string, opts: DecodeOptions): Promise<DecodedDocument> {
  const format = textFormatOf(text, opts);
  // Text readers need only the text; the bytes are not copied to their worker.
  const read = await readFormat(format, new Uint8Array(0), text, opts);
  return finish(read, encoding, format, read.warnings);
}

async function readFormat(format: DocumentFormat, bytes: Uint8Array, text: string | null, opts: DecodeOptions): Promise<ReaderOutput & { warnings: string[] }> {
  const entry = formatNamed(format);
  if (!entry.inWorker) {
    const warnings: string[] = [];
    return { ...(await (await entry.load())({ bytes, text, ...(opts.pictures ? { pictures: true } : {}) }, warnings)), warnings };
  }
  return runExtraction({ format, bytes, text, ...(opts.pictures ? { pictures: true } : {}) }, { timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS });
}

function finish(read: ReaderOutput, encoding: string, format: DocumentFormat, warnings: string[]): DecodedDocument {
  const text = read.text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new DocumentRejected("unprocessable", "The document contains no text.", "no_text");
  if (text.includes("\uFFFD")) warnings.push("replacement_characters: some bytes could not be decoded");
  return { text, lines: read.lines, encoding, format, warnings };
}
