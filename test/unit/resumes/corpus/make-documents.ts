import { readFileSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";

/**
 * Helpers the corpus batches' make-batchN.ts scripts share (moved here from batch9/make-batch9.ts for batch 10):
 * placed-text PDFs over shapes, WordprocessingML pieces, and encoded texts written from their readable .src.txt.
 * They only write files; nothing here reads a document.
 */

/** One piece of text at its place: `font` regular, bold or italic; `spacing` extra points between letters. */
export type Text = { text: string; x: number; top: number; size: number; font?: "regular" | "bold" | "italic"; color?: string; spacing?: number };
export type Shape =
  | { rect: [x: number, y: number, w: number, h: number]; fill: string; stroke?: string }
  | { circle: [x: number, y: number, r: number]; fill: string }
  | { line: [x1: number, y1: number, x2: number, y2: number]; color: string; width?: number }
  | { photo: [x: number, y: number, w: number, h: number]; round?: boolean };
export type Page = { texts: Text[]; shapes?: Shape[] };

/** A cell of a row: where it starts, what it says, its size, font and colour when not the row's own. */
export type Cell = { x: number; text: string; size?: number; font?: Text["font"]; color?: string; spacing?: number };

/** Rows of cells placed from `top` down, `leading` apart (an empty row is a blank line). */
export function rows(top: number, leading: number, size: number, lines: Cell[][]): Text[] {
  return lines.flatMap((cells, i) => cells.filter((c) => c.text).map((c) => ({ ...c, top: top + i * leading, size: c.size ?? size })));
}
export const topOf = (texts: Text[], text: string) => {
  const t = texts.find((i) => i.text === text);
  if (!t) throw new Error(`no text ${text}`);
  return t.top;
};

// A 1×1 grey PNG, drawn at the size of the candidate's photo.
export const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==", "base64");

/**
 * Pages of placed text over shapes. `order: "rows"` writes each page's text highest first, left to right (as most
 * résumé builders do); "given" keeps the order of the list (a design tool writing its layers: sidebar, then main).
 */
/** `cjk` true embeds Noto Sans CJK SC; "kr" or "tc" the Korean or Traditional faces of the same collection. */
export function pagesPdf(pages: Page[], o: { cjk: boolean | "kr" | "tc"; size?: "A4" | "LETTER"; order?: "rows" | "given" }): Promise<Buffer> {
  const doc = new PDFDocument({ size: o.size ?? "A4", margin: 40, autoFirstPage: false, info: { Title: "resume", CreationDate: new Date(0) } });
  const fonts = "/usr/share/fonts/opentype/noto";
  if (o.cjk) {
    const face = o.cjk === true ? "sc" : o.cjk;
    doc.registerFont("regular", `${fonts}/NotoSansCJK-Regular.ttc`, `NotoSansCJK${face}-Regular`);
    doc.registerFont("bold", `${fonts}/NotoSansCJK-Bold.ttc`, `NotoSansCJK${face}-Bold`);
    doc.registerFont("italic", `${fonts}/NotoSansCJK-Regular.ttc`, `NotoSansCJK${face}-Regular`);
  }
  const font = (f: Text["font"] = "regular") => (o.cjk ? f : { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" }[f]);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage({ size: o.size ?? "A4", margin: 40 });
    for (const s of page.shapes ?? []) {
      if ("rect" in s) doc.rect(...s.rect).fillAndStroke(s.fill, s.stroke ?? s.fill);
      else if ("circle" in s) doc.circle(...s.circle).fill(s.fill);
      else if ("line" in s) doc.moveTo(s.line[0], s.line[1]).lineTo(s.line[2], s.line[3]).lineWidth(s.width ?? 1).stroke(s.color);
      else {
        const [x, y, w, h] = s.photo;
        doc.save();
        if (s.round) doc.circle(x + w / 2, y + h / 2, Math.min(w, h) / 2).clip();
        doc.image(PHOTO, x, y, { width: w, height: h });
        doc.restore();
      }
    }
    const texts = o.order === "given" ? page.texts : [...page.texts].sort((a, b) => a.top - b.top || a.x - b.x);
    for (const t of texts) {
      doc.font(font(t.font)).fontSize(t.size).fillColor(t.color ?? "black");
      doc.text(t.text, t.x, t.top, { lineBreak: false, characterSpacing: t.spacing ?? 0 });
    }
  }
  doc.end();
  return done;
}

export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const run = (text: string, props = "") => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A paragraph of one run; "\t" in the text becomes <w:tab/>. */
export const para = (text: string, rPr = "", pPr = "") =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${text.split("\t").map((t, i) => (i ? "<w:r><w:tab/></w:r>" : "") + (t ? run(t, rPr) : "")).join("")}</w:p>`;
export const cell = (content: string, width: number, props = "") => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${props}</w:tcPr>${content}</w:tc>`;
export const bordered = `<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>`;
/** A bordered table; the first row bold when `header`; every cell one paragraph. */
export const grid = (widths: number[], body: string[][], header = true) =>
  `<w:tbl>${bordered}<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${body
    .map((r, i) => `<w:tr>${r.map((c, j) => cell(para(c, header && i === 0 ? "<w:b/>" : ""), widths[j]!, header && i === 0 ? '<w:shd w:val="clear" w:fill="F2F2F2"/>' : "")).join("")}</w:tr>`)
    .join("")}</w:tbl>`;
export const photoDrawing = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1080000" cy="1440000"/><wp:docPr id="1" name="大頭照"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="photo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdPhoto"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1080000" cy="1440000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** The package parts a .docx with one embedded picture (PHOTO, relationship rIdPhoto, as photoDrawing names it) adds to the default ones. */
export const photoParts = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
  "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdPhoto" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
</Relationships>`,
  "word/media/image1.png": PHOTO,
};
export const field = (instr: string) => `<w:fldSimple w:instr=" ${instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;

/**
 * Writes `<name>.txt` in `encoding` from its readable `<name>.src.txt` beside it (under `dir`, a folder URL); a
 * character the encoding cannot hold is an error rather than a silent "?". `bom` prefixes the encoding's byte order mark.
 */
export function writeEncoded(dir: URL, encodings: Record<string, string>, bom: Record<string, boolean> = {}) {
  for (const [name, encoding] of Object.entries(encodings)) {
    const source = readFileSync(new URL(`./${name}.src.txt`, dir), "utf8");
    const bytes = iconv.encode(source, encoding, { addBOM: bom[name] ?? false });
    const back = iconv.decode(bytes, encoding);
    if (back !== source) {
      const at = [...back].findIndex((c, i) => c !== [...source][i]);
      throw new Error(`${name}: ${encoding} cannot hold ${JSON.stringify([...source][at])} (character ${at})`);
    }
    writeFileSync(new URL(`./${name}.txt`, dir), bytes);
  }
}
