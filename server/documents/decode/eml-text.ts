import PostalMime from "postal-mime";
import { DocumentRejected } from "../../errors.js";
import { formatNamed, type DocumentFormat, type ReaderInput, type ReaderOutput } from "../formats.js";
import type { DocumentLine } from "../line.js";
import { textLine, textToLines } from "../lines/text-lines.js";
import { decodeText } from "./encoding.js";
import { formatByMagic, looksLikeText, textFormatOf } from "./format.js";
import { readHtml } from "./html-text.js";

// A message's attachments are read when they are one of the formats we read; at most this many, one level deep.
const MAX_ATTACHMENTS = 8;

/**
 * A raw email message → its readable content. postal-mime undoes the MIME structure, the transfer encodings
 * (quoted-printable, base64) and each part's charset; the HTML body, where there is one, is read as an .html
 * upload is (its bold lines, lists and tables keep their layout), else the plain-text body. The headers are
 * transport, except the Subject, which is kept as the first line the way a pasted email shows it. Attachments in
 * a format we read (.docx, .pdf, .doc, .html, .md, text) follow the body, each read by its own reader.
 */
export async function readEml({ bytes, text }: ReaderInput, warnings: string[]): Promise<ReaderOutput> {
  let email;
  try {
    email = await PostalMime.parse(bytes.byteLength > 0 ? bytes : (text ?? ""), { attachmentEncoding: "arraybuffer" });
  } catch (err) {
    throw new DocumentRejected("unprocessable", `The email message is damaged: ${(err as Error).message}`, "corrupt_eml");
  }
  const lines: DocumentLine[] = [];
  const subject = email.subject?.trim();
  if (subject) lines.push(textLine(`Subject: ${subject}`, { page: 1, indent: 0 }));
  const html = email.html?.trim();
  const body = html ? readHtml({ bytes: new Uint8Array(0), text: html }).lines : textToLines((email.text ?? "").replace(/\r\n?/g, "\n"));
  lines.push(...body);
  for (const attachment of email.attachments.slice(0, MAX_ATTACHMENTS)) {
    const read = await readAttachment(new Uint8Array(attachment.content as ArrayBuffer), attachment.filename, attachment.mimeType, warnings);
    if (read.length > 0) lines.push(textLine(attachment.filename ?? "", { page: 1, indent: 0, gap: true }), ...read);
  }
  const kept = lines.filter((l) => l.text.trim() !== "");
  return { text: kept.map((l) => l.text).join("\n"), lines: kept };
}

async function readAttachment(bytes: Uint8Array, filename: string | null, mediaType: string, warnings: string[]): Promise<DocumentLine[]> {
  let format: DocumentFormat;
  let text: string | null = null;
  const container = formatByMagic(bytes);
  if (container) format = container.name as DocumentFormat;
  else {
    if (!/^text\//i.test(mediaType) && !/\.(txt|text|md|markdown|html?|csv|tsv)$/i.test(filename ?? "")) return [];
    text = decodeText(bytes).text.replace(/\r\n?/g, "\n");
    if (!looksLikeText(text)) return [];
    format = textFormatOf(text, { filename, mediaType });
  }
  if (format === "eml") return []; // a forwarded message inside a message: one level only
  try {
    const read = await (await formatNamed(format).load())({ bytes: text === null ? bytes : new Uint8Array(0), text }, warnings);
    return read.lines;
  } catch (err) {
    if (!(err instanceof DocumentRejected)) throw err;
    warnings.push(`attachment_unreadable: ${filename ?? "an attachment"}: ${err.message}`);
    return [];
  }
}
