import { DocumentRejected } from "../../errors.js";
import { decodeText } from "./encoding.js";
import { looksLikeText, sniffFormat } from "./format.js";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS, MAX_DOCUMENT_BYTES } from "./limits.js";
import { runExtraction } from "./run-extraction.js";

export { decodeText } from "./encoding.js";
export { MAX_DOCUMENT_BYTES } from "./limits.js";

export type DocumentFormat = "txt" | "docx" | "doc" | "pdf";

export type DecodedDocument = {
  /** Unicode text, BOM removed, line endings normalized to "\n"; PDF pages are separated by a "\f" line. */
  text: string;
  /** The detected encoding of a text body; for containers, that of the text inside ("utf-8" for .docx, "unicode" for .doc and .pdf). */
  encoding: string;
  format: DocumentFormat;
  warnings: string[];
};

export type DecodeOptions = { timeoutMs?: number; maxMemoryMb?: number };

const CONTAINER_ENCODING = { docx: "utf-8", doc: "unicode", pdf: "unicode" } as const;

/** Bytes of an uploaded document → its text. Throws DocumentRejected for anything it will not read. */
export async function decodeDocument(bytes: Uint8Array, opts: DecodeOptions = {}): Promise<DecodedDocument> {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentRejected("too_large", `The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`, "too_large");
  }
  const sniffed = sniffFormat(bytes);
  if (sniffed === "rtf") {
    throw new DocumentRejected("unsupported_media_type", "RTF documents are not supported; save as .docx or .pdf.", "unsupported_format");
  }
  if (sniffed === "text") {
    const { text, encoding } = decodeText(bytes);
    if (!looksLikeText(text)) {
      throw new DocumentRejected("unsupported_media_type", "The document is neither text nor .docx, .doc or .pdf.", "unsupported_format");
    }
    return finish(text, encoding, "txt", []);
  }
  const format = sniffed === "zip" ? "docx" : sniffed === "ole" ? "doc" : "pdf";
  const { text, warnings } = await runExtraction(
    { format, bytes },
    { timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxMemoryMb: opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB },
  );
  return finish(text, CONTAINER_ENCODING[format], format, warnings);
}

function finish(raw: string, encoding: string, format: DocumentFormat, warnings: string[]): DecodedDocument {
  const text = raw.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new DocumentRejected("unprocessable", "The document contains no text.", "no_text");
  if (text.includes("\uFFFD")) warnings.push("replacement_characters: some bytes could not be decoded");
  return { text, encoding, format, warnings };
}
