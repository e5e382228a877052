/** What the leading bytes say a document is; file names and declared media types are not consulted. */
export type SniffedFormat = "zip" | "ole" | "pdf" | "rtf" | "text";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
// RTF is printable ASCII, so it would pass for text and feed control words to the parser.
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];
// Readers accept a PDF header anywhere in the first KiB (some generators prepend junk), so do we.
const PDF_HEADER_WINDOW = 1024;

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, ZIP, 0)) return "zip";
  if (startsWith(bytes, OLE, 0)) return "ole";
  if (startsWith(bytes, RTF, 0)) return "rtf";
  const window = Math.min(bytes.length - PDF.length, PDF_HEADER_WINDOW);
  for (let i = 0; i <= window; i++) if (startsWith(bytes, PDF, i)) return "pdf";
  return "text";
}

function startsWith(bytes: Uint8Array, magic: number[], at: number): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * Decoded text that is mostly control characters or replacement marks was never text: a binary
 * format we do not read, or bytes in an encoding we do not support.
 */
export function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  if (sample.length === 0) return true;
  let bad = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0)!;
    if (ch === "\uFFFD" || (code < 0x20 && ch !== "\n" && ch !== "\r" && ch !== "\t" && ch !== "\f")) bad++;
  }
  return bad / sample.length < 0.05;
}
