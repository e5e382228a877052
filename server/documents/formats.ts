import { looksLikeMessage } from "./decode/message-sniff.js";
import type { DocumentLine } from "./line.js";

/**
 * What a format's reader gets: the raw bytes, and for text formats the already decoded text. `pictures`: report the
 * pictures drawn on a PDF's first page too (it costs decoding them; .docx always reports its pictures).
 */
export type ReaderInput = { bytes: Uint8Array; text: string | null; pictures?: boolean };
export type ReaderOutput = { text: string; lines: DocumentLine[] };
export type FormatReader = (input: ReaderInput, warnings: string[]) => Promise<ReaderOutput> | ReaderOutput;

export type FormatEntry = {
  name: string;
  /** How the API documentation names it. */
  label: string;
  /** Declared media types; for text formats they choose between text readers, never over magic bytes. */
  mimeTypes: readonly string[];
  extensions: readonly string[];
  /** Containers are recognized by their leading bytes; text formats have none and are decoded as text first. */
  magic?: (bytes: Uint8Array) => boolean;
  /** Text formats: does the decoded text say it is this format, whatever it was declared as? */
  looksLike?: (text: string) => boolean;
  /** The encoding reported for a container (that of the text inside); text formats report the detected one. */
  containerEncoding?: string;
  /** Parsers of untrusted structure run in the bounded worker; plain text is read in-process. */
  inWorker: boolean;
  /** Loaded lazily, so the worker imports only the parser its format needs (pdf.js alone costs more start-up than a .docx takes). */
  load: () => Promise<FormatReader>;
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
// Readers accept a PDF header anywhere in the first KiB (some generators prepend junk), so do we.
const PDF_HEADER_WINDOW = 1024;

/**
 * Every document format the service reads, in the order they are tried. The route's format enum,
 * the accepted media types, the API description, the worker's dispatch and the protocol types all
 * derive from this table: adding a format is one entry here and its reader.
 */
export const FORMATS = [
  {
    name: "docx", label: ".docx", extensions: [".docx"], inWorker: true, containerEncoding: "utf-8",
    mimeTypes: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    magic: (b) => startsWith(b, ZIP, 0),
    load: async () => (await import("./decode/docx-text.js")).readDocx,
  },
  {
    name: "doc", label: ".doc", extensions: [".doc"], inWorker: true, containerEncoding: "unicode",
    mimeTypes: ["application/msword"],
    magic: (b) => startsWith(b, OLE, 0),
    load: async () => (await import("./decode/doc-text.js")).readDoc,
  },
  {
    // A raw email message (RFC 5322 / MIME), whatever its extension: a saved .eml, or a mail client's "show
    // original" saved as .txt. Its header block is its magic; the reader undoes MIME and reads the body.
    name: "eml", label: ".eml", extensions: [".eml"], inWorker: true, containerEncoding: "unicode",
    mimeTypes: ["message/rfc822"],
    magic: (b) => looksLikeMessage(b),
    load: async () => (await import("./decode/eml-text.js")).readEml,
  },
  {
    name: "pdf", label: ".pdf", extensions: [".pdf"], inWorker: true, containerEncoding: "unicode",
    mimeTypes: ["application/pdf"],
    magic: (b) => {
      const window = Math.min(b.length - PDF.length, PDF_HEADER_WINDOW);
      for (let i = 0; i <= window; i++) if (startsWith(b, PDF, i)) return true;
      return false;
    },
    load: async () => (await import("./decode/pdf-text.js")).readPdf,
  },
  {
    name: "html", label: ".html", extensions: [".html", ".htm", ".xhtml"], inWorker: true,
    mimeTypes: ["text/html", "application/xhtml+xml"],
    looksLike: (text) => /^\s*<(?:!doctype html|html|head|body|!--)[\s>]/i.test(text.slice(0, 1024)),
    load: async () => (await import("./decode/html-text.js")).readHtml,
  },
  {
    name: "md", label: ".md", extensions: [".md", ".markdown"], inWorker: true,
    mimeTypes: ["text/markdown", "text/x-markdown"],
    looksLike: (text) => (text.slice(0, 64 * 1024).match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0) >= 2,
    load: async () => (await import("./decode/markdown-text.js")).readMarkdown,
  },
  {
    // A sheet saved as delimited text: read as plain text is, which writes a sheet's records row by row. Only by
    // declaration: a .txt that holds a sheet is read the same way and stays "txt".
    name: "csv", label: ".csv", extensions: [".csv", ".tsv"], inWorker: false,
    mimeTypes: ["text/csv", "text/tab-separated-values"],
    load: async () => (await import("./lines/text-lines.js")).readPlainText,
  },
  {
    // Last: any text that no other format claims. Other text/* types are read as plain text too.
    name: "txt", label: "text", extensions: [".txt", ".text"], inWorker: false,
    mimeTypes: ["text/plain", "text/*"],
    looksLike: () => true,
    load: async () => (await import("./lines/text-lines.js")).readPlainText,
  },
] as const satisfies readonly FormatEntry[];

export type DocumentFormat = (typeof FORMATS)[number]["name"];
export const FORMAT_NAMES = FORMATS.map((f) => f.name) as [DocumentFormat, ...DocumentFormat[]];
export const DOCUMENT_MEDIA_TYPES: readonly string[] = [...new Set(FORMATS.flatMap((f) => f.mimeTypes))];
/** ".txt, .docx, … or .md": for API descriptions and error messages. */
export const FORMAT_LABELS = listing(FORMATS.map((f) => f.label));

export function formatNamed(name: DocumentFormat): FormatEntry {
  return FORMATS.find((f) => f.name === name)!;
}

/** The canonical media type of a format, for serving a stored original (its first declared type). */
export function mediaTypeOf(name: DocumentFormat): string {
  return formatNamed(name).mimeTypes[0]!;
}

function startsWith(bytes: Uint8Array, magic: number[], at: number): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function listing(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
