import { existsSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import JSZip from "jszip";
import PDFDocument from "pdfkit";
import { buildDocx, documentXml } from "../../../fixtures/documents/build-docx.js";

/**
 * What a blind batch's make-files.ts needs to write its .docx, .pdf and non-UTF-8 documents, in one place: styled
 * Word paragraphs and the styles part they name, a .docx whose zip entries carry a fixed time (so a rerun writes the
 * same bytes), a PDF of placed text items, and text in a legacy encoding that must survive the round trip.
 */
/** XML/HTML text escaped. */
export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph in the named paragraph style (Title, Heading1, ListBullet…). */
export const styled = (style: string, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

/** A bulleted list paragraph, as Word writes "List Bullet". */
export const bullet = (text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

/** word/styles.xml declaring Title, Heading1–3 and List Bullet, and the relationship that points at it. */
export const headingStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style></w:styles>`;
const stylesRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

const fixedTime = new Date(Date.UTC(2026, 11, 1, 0, 0, 0));

/** A .docx of the body (with the heading styles when asked), every zip entry stamped with the same fixed time. */
export async function styledDocx(body: string, withStyles = true): Promise<Uint8Array> {
  const built = await buildDocx(documentXml(body), withStyles ? { "word/styles.xml": headingStyles, "word/_rels/document.xml.rels": stylesRels } : {});
  const zip = await JSZip.loadAsync(built);
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.file(name, await entry.async("uint8array"), { date: fixedTime, createFolders: false });
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

export type Placed = { text: string; x: number; y: number; size?: number; bold?: boolean };
export type Page = { items: Placed[]; lines?: [number, number, number, number][] };

/**
 * A PDF of placed text items, written in the order given; `font` is a font file, or a standard PDF font by default;
 * `family` names the font inside a collection (.ttc), as a CJK font usually comes.
 */
export function placedPdf(pages: Page[], layout: "portrait" | "landscape", font?: string, family?: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout, margin: 30, autoFirstPage: false, info: { Title: "document", CreationDate: fixedTime } });
  if (font) doc.registerFont("regular", font, family);
  const regular = font ? "regular" : "Helvetica";
  const bold = font ? "regular" : "Helvetica-Bold";
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage();
    for (const [x1, y1, x2, y2] of page.lines ?? []) doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.6).stroke("#000000");
    for (const i of page.items) doc.font(i.bold ? bold : regular).fontSize(i.size ?? 10.5).fillColor("black").text(i.text, i.x, i.y, { lineBreak: false });
  }
  doc.end();
  return done;
}

/** Lines placed one under another from (x, y). */
export const column = (x: number, y: number, lines: (string | Omit<Placed, "x" | "y">)[], leading = 16): Placed[] =>
  lines.map((l, i) => ({ x, y: y + i * leading, ...(typeof l === "string" ? { text: l } : l) }));

/** Text in a legacy encoding; throws when a character does not survive the round trip (iconv would write "?"). */
export function encoded(text: string, encoding: string, addBOM = false): Buffer {
  const bytes = iconv.encode(text, encoding, { addBOM });
  const back = iconv.decode(bytes, encoding, { stripBOM: true });
  if (back !== text) {
    const at = [...text].findIndex((c, i) => [...back][i] !== c);
    throw new Error(`${encoding} cannot hold ${JSON.stringify([...text][at])} (character ${at})`);
  }
  return bytes;
}

/** Writes each file the folder does not have yet (the committed files are what the eval reads). */
export async function writeMissing(folder: URL, files: Record<string, () => Buffer | Uint8Array | Promise<Buffer | Uint8Array>>) {
  for (const [name, make] of Object.entries(files)) {
    const url = new URL(`./${name}`, folder);
    if (!existsSync(url)) writeFileSync(url, await make());
  }
}

/** The CJK font the batches' PDFs are set in (fonts-wqy-microhei). */
export const cjkFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
export const cjkFamily = "WenQuanYiMicroHei";
/** Text with Windows line ends. */
export const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n");

/** A rough width of text at a size: CJK and full-width forms a full em, Latin about half. */
export const widthOf = (s: string, size: number, latin = 0.55) => [...s].reduce((w, c) => w + (/[\u0000-\u024f\u2000-\u206f]/.test(c) ? latin : 1) * size, 0);
/** Text hard-wrapped to a width, as a layout program sets a paragraph (Latin words kept whole). */
export function wrap(text: string, width: number, size: number, latin = 0.55): string[] {
  const out: string[] = [];
  let line = "";
  for (const token of text.match(/[A-Za-z0-9@.,;:'’()\-–/&%$+]+ ?|./gu) ?? []) {
    if (line && widthOf(line + token.trimEnd(), size, latin) > width) {
      out.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}
/** Blocks set one under another, each wrapped to the width; returns the items and the y below them. */
export function stack(x: number, y: number, blocks: (string | { text: string; size?: number; indent?: number })[], size = 10.5, width = 515, leading = 17, latin = 0.55): { items: Placed[]; y: number } {
  const items: Placed[] = [];
  for (const b of blocks) {
    const block = typeof b === "string" ? { text: b } : b;
    const s = block.size ?? size;
    const lines = block.text === "" ? [] : wrap(block.text, width - (block.indent ?? 0), s, latin).map((t, i) => ({ text: t, x: x + (block.indent ?? 0), y: y + i * leading, size: s }));
    items.push(...lines);
    y += Math.max(1, lines.length) * leading;
  }
  return { items, y };
}
