import { FORMATS, type DocumentFormat, type FormatEntry } from "../formats.js";

/** What a caller said the document is. Only consulted to choose between text formats: bytes outrank it. */
export type DocumentHints = { filename?: string | null; mediaType?: string | null };

// RTF is printable ASCII, so it would pass for text and feed control words to a text reader.
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

export function isRtf(bytes: Uint8Array): boolean {
  return RTF.every((b, i) => bytes[i] === b);
}

/** The container format the leading bytes announce, if any. */
export function formatByMagic(bytes: Uint8Array): FormatEntry | undefined {
  return FORMATS.find((f: FormatEntry) => f.magic?.(bytes));
}

/**
 * The text format of decoded text: one explicitly declared by extension or media type (plain text
 * is no declaration, being the fallback), else the first whose content check passes.
 */
export function textFormatOf(text: string, hints: DocumentHints): DocumentFormat {
  const textFormats = FORMATS.filter((f: FormatEntry) => f.magic === undefined);
  const declared = textFormats.find((f) => f.name !== "txt" && declares(f, hints));
  return (declared ?? textFormats.find((f: FormatEntry) => f.looksLike?.(text)) ?? textFormats.at(-1)!).name;
}

function declares(format: FormatEntry, hints: DocumentHints): boolean {
  const name = hints.filename?.toLowerCase() ?? "";
  const type = hints.mediaType?.split(";")[0]!.trim().toLowerCase() ?? "";
  return format.extensions.some((ext) => name.endsWith(ext)) || (type !== "" && format.mimeTypes.includes(type));
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
