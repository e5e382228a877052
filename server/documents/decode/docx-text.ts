import type { ReaderInput, ReaderOutput } from "../formats.js";
import type { DocumentLine, ListItem } from "../line.js";
import { cellLead } from "../lines/line-builder.js";
import { textLine } from "../lines/text-lines.js";
import { readDocxParts } from "./docx-zip.js";
import { ListCounter, numberPrefix } from "./docx-numbering.js";
import { attr, onOff, parseNumbering, parseStyles, styleIdHeading, walk, xmlText, type Numbering, type ParagraphStyle } from "./docx-styles.js";

/** A paragraph as read, with what its style, runs and numbering say about it. */
type Paragraph = {
  text: string;
  /** The list number Word shows before the text ("一、", "（二）", "3. "), part of `text`. */
  number?: string;
  heading?: number;
  list?: ListItem;
  pageBreakBefore?: boolean;
  /** Characters in bold runs, of all characters: the paragraph is bold when they are all of them. */
  boldChars: number;
  chars: number;
  halfPoints?: number;
  /** Images drawn in the paragraph (DrawingML a:blip, VML v:imagedata): a candidate's photo, a logo. */
  pictures?: number;
  table?: { table: number; row: number; col?: number; cells?: string[] };
};
/**
 * `above`: each grid column's last cell, which a cell merged down into (w:vMerge continue) repeats; `col`: the grid
 * column the next cell starts at; `merge`/`span`: the open cell's w:vMerge and w:gridSpan.
 */
type Table = {
  out: Paragraph[]; row: Paragraph[][] | null; outerCell: Paragraph[] | null; index: number; rows: number;
  above: (Paragraph[] | undefined)[]; col: number; merge: "restart" | "continue" | null; span: number;
};

const DOCUMENT = "word/document.xml";
const STYLES = "word/styles.xml";
const NUMBERING = "word/numbering.xml";

const RELS = "word/_rels/document.xml.rels";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export async function readDocx({ bytes }: ReaderInput): Promise<ReaderOutput> {
  const parts = await readDocxParts(bytes, DOCUMENT, [STYLES, NUMBERING, RELS]);
  const styles = parts.has(STYLES) ? parseStyles(xmlText(parts.get(STYLES)!)) : new Map();
  const numbering = parts.has(NUMBERING) ? parseNumbering(xmlText(parts.get(NUMBERING)!)) : new Map();
  const xml = xmlText(parts.get(DOCUMENT)!);
  const body = documentXmlToParagraphs(xml, styles, numbering);
  // The first page's header and footer, as Word shows them on it: the header read once before the body, the footer once
  // after it (not per page). "Harrowgate Housing Trust | Job Description" over a JD is where the document comes from.
  const furniture = parts.has(RELS) ? firstPageFurniture(xml, xmlText(parts.get(RELS)!)) : { header: null, footer: null };
  const wanted = [furniture.header, furniture.footer].filter((p): p is string => p !== null);
  const more = wanted.length > 0 ? await readDocxParts(bytes, DOCUMENT, wanted) : new Map<string, Buffer>();
  const part = (name: string | null) => (name && more.has(name) ? documentXmlToParagraphs(xmlText(more.get(name)!), styles, numbering) : []);
  const paragraphs = [...part(furniture.header), ...body, ...part(furniture.footer)];
  return { text: paragraphsToText(paragraphs), lines: paragraphsToLines(paragraphs) };
}

/**
 * The header and footer parts of the document's first section (its w:sectPr's default reference, or its first-page
 * one when that is all it has), resolved through the document's relationships to part names ("word/header1.xml").
 */
export function firstPageFurniture(documentXml: string, relsXml: string): { header: string | null; footer: string | null } {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    const type = /\bType="[^"]*\/(header|footer)"/.exec(m[0])?.[1];
    if (id && target && type && !/\bTargetMode="External"/.test(m[0])) targets.set(id, target.startsWith("/") ? target.slice(1) : `word/${target}`);
  }
  const found: { header: Map<string, string>; footer: Map<string, string> } = { header: new Map(), footer: new Map() };
  let sections = 0;
  walk(documentXml, {
    open(tag) {
      if (sections > 0 || (tag.local !== "headerReference" && tag.local !== "footerReference")) return;
      const id = Object.values(tag.attributes).find((a) => a.local === "id" && a.uri === R)?.value;
      const target = id ? targets.get(id) : undefined;
      if (target) found[tag.local === "headerReference" ? "header" : "footer"].set(attr(tag, "type") ?? "default", target);
    },
    close(tag) {
      if (tag.local === "sectPr" && (found.header.size > 0 || found.footer.size > 0)) sections++;
    },
  });
  const pick = (refs: Map<string, string>) => refs.get("default") ?? refs.get("first") ?? [...refs.values()][0] ?? null;
  return { header: pick(found.header), footer: pick(found.footer) };
}

/** Body text of a .docx: one line per paragraph, one line per table row (cells joined by tabs). */
export function documentXmlToText(xml: string): string {
  return paragraphsToText(documentXmlToParagraphs(xml));
}

export function documentXmlToLines(xml: string, styles = new Map<string, ParagraphStyle>(), numbering: Numbering = new Map()): DocumentLine[] {
  return paragraphsToLines(documentXmlToParagraphs(xml, styles, numbering));
}

function paragraphsToText(paragraphs: Paragraph[]): string {
  // A page break inside a run is a line break in the text, as it always was; lines mark it instead.
  return paragraphs.map((p) => p.text.replace(/\f/g, "").trimEnd()).join("\n");
}

function documentXmlToParagraphs(xml: string, styles = new Map<string, ParagraphStyle>(), numbering: Numbering = new Map()): Paragraph[] {
  const out: Paragraph[] = [];
  const tables: Table[] = [];
  const open: Paragraph[] = [];
  let cell: Paragraph[] | null = null;
  let tableCount = 0;
  let inText = false;
  let inParagraphProps = false;
  let inRunProps = false;
  let run: { bold?: boolean; halfPoints?: number } = {};
  let numId: string | null = null;
  let ilvl: number | null = null;
  // w:pPrChange / w:rPrChange hold the formatting before a tracked change: not what the document shows.
  let inChange = 0;
  // w:moveFrom holds text a tracked move took away: it reads where the move put it (w:moveTo), not here.
  let inMoveFrom = 0;
  // A paragraph whose mark is a tracked deletion (w:pPr/w:rPr/w:del) is gone once the change is accepted.
  let markDeleted = false;
  let style: ParagraphStyle = {};
  const counter = new ListCounter(numbering);

  const paragraph = () => open.at(-1);
  const append = (text: string, counts: boolean) => {
    const p = paragraph();
    if (!p) return;
    p.text += text;
    if (!counts) return;
    const chars = text.replace(/\s/g, "").length;
    p.chars += chars;
    if (run.bold ?? style.bold) p.boldChars += chars;
    const size = run.halfPoints ?? style.halfPoints;
    if (size && chars > 0) p.halfPoints = Math.max(p.halfPoints ?? 0, size);
  };

  walk(xml, {
    open(tag) {
      const p = paragraph();
      if (inChange > 0 && !["pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange"].includes(tag.local)) return;
      switch (tag.local) {
        case "p": open.push({ text: "", boldChars: 0, chars: 0 }); style = {}; numId = null; ilvl = null; markDeleted = false; break;
        case "moveFrom": inMoveFrom++; break;
        case "del": if (inParagraphProps) markDeleted = true; break;
        case "pPrChange": case "rPrChange": case "sectPrChange": case "tblPrChange": case "trPrChange": case "tcPrChange": inChange++; break;
        case "pPr": inParagraphProps = true; break;
        case "pStyle":
          if (p && inParagraphProps) {
            style = styles.get(attr(tag, "val") ?? "") ?? { heading: styleIdHeading(attr(tag, "val") ?? "") };
            if (style.heading) p.heading = style.heading;
          }
          break;
        case "outlineLvl": if (p && inParagraphProps && Number(attr(tag, "val")) < 6) p.heading = Number(attr(tag, "val")) + 1; break;
        case "pageBreakBefore": if (p && inParagraphProps && onOff(tag)) p.pageBreakBefore = true; break;
        case "numId": if (inParagraphProps) numId = attr(tag, "val") ?? null; break;
        case "ilvl": if (inParagraphProps) ilvl = Number(attr(tag, "val") ?? 0) || 0; break;
        case "r": run = {}; break;
        case "rPr": inRunProps = !inParagraphProps; break;
        case "b": if (inRunProps) run.bold = onOff(tag); break;
        case "sz": if (inRunProps) run.halfPoints = Number(attr(tag, "val")) || undefined; break;
        case "t": inText = true; break;
        case "tab": append("\t", false); break;
        case "br": case "cr": append(attr(tag, "type") === "page" ? "\n\f" : "\n", false); break;
        case "noBreakHyphen": append("-", true); break;
        case "tbl": tables.push({ out: cell ?? out, row: null, outerCell: cell, index: tableCount++, rows: 0, above: [], col: 0, merge: null, span: 1 }); cell = null; break;
        case "tr": if (tables.at(-1)) Object.assign(tables.at(-1)!, { row: [], col: 0 }); break;
        case "tc": cell = []; if (tables.at(-1)) Object.assign(tables.at(-1)!, { merge: null, span: 1 }); break;
        case "vMerge": if (tables.at(-1) && cell) tables.at(-1)!.merge = attr(tag, "val") === "restart" ? "restart" : "continue"; break;
        case "gridSpan": if (tables.at(-1) && cell) tables.at(-1)!.span = Math.max(1, Math.min(64, Number(attr(tag, "val")) || 1)); break;
      }
    },
    text(text) {
      if (inText && inMoveFrom === 0) append(text, true);
    },
    // A picture, not a text box or a rule: DrawingML's a:blip (the image a pic:pic shows), VML's v:imagedata.
    foreign(tag) {
      const p = paragraph();
      if (p && inChange === 0 && inMoveFrom === 0 && (tag.local === "blip" || tag.local === "imagedata")) p.pictures = (p.pictures ?? 0) + 1;
    },
    close(tag) {
      const table = tables.at(-1);
      if (["pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange"].includes(tag.local)) {
        inChange = Math.max(0, inChange - 1);
        return;
      }
      if (inChange > 0) return;
      switch (tag.local) {
        case "t": inText = false; break;
        case "moveFrom": inMoveFrom = Math.max(0, inMoveFrom - 1); break;
        case "rPr": inRunProps = false; break;
        case "pPr": {
          inParagraphProps = false;
          const p = paragraph();
          // The paragraph's own w:numPr, else its style's (List Number, a heading linked to a multilevel list);
          // numId 0 takes a styled paragraph out of its list.
          const list = numId ?? style.numId ?? null;
          if (p && list && list !== "0") {
            const { suffix, ...item } = counter.next(list, ilvl ?? style.ilvl ?? 0);
            p.list = item;
            if (item.ordered) p.text = p.number = numberPrefix({ marker: item.marker, suffix });
          }
          break;
        }
        case "p": {
          const p = open.pop();
          // An empty numbered paragraph takes its number (Word counts it) but is no line of text.
          if (p && p.number && p.text.slice(p.number.length).trim() === "") p.text = "";
          // A deleted paragraph left empty by its deleted text makes no blank line either.
          if (p && !(markDeleted && p.text.trim() === "")) (cell ?? out).push(p);
          markDeleted = false;
          break;
        }
        case "tc": {
          if (cell && table?.row) {
            // "研发中心" merged down over its posts: a continued cell reads as the cell it continues, so every row has
            // as many cells as the header (w:vMerge continue cells are empty in the XML).
            const above = table.above[table.col];
            // The copy holds the text, not the pictures: a photo merged down over five rows is one photo.
            const own = table.merge === "continue" && above && cell.every((p) => p.text.trim() === "") ? above.map(({ pictures: _, ...p }) => ({ ...p })) : cell;
            table.row.push(own);
            for (let c = 0; c < table.span; c++) table.above[table.col + c] = own;
            table.col += table.span;
          }
          cell = null;
          break;
        }
        case "tr": if (table?.row) table.out.push(...rowToParagraphs(table.row, table.index, table.rows++)); if (table) table.row = null; break;
        case "tbl": tables.pop(); cell = table?.outerCell ?? null; break;
      }
    },
  });
  return out;
}

/**
 * A label/value row ("学历要求 | 本科及以上") reads best as one line. When a cell holds several
 * paragraphs (a numbered list of duties), its first paragraph stays on the row and the rest
 * follow as their own lines, so lists survive.
 */
function rowToParagraphs(cells: Paragraph[][], table: number, row: number): Paragraph[] {
  const texts = cells.map((c) => c.filter((p) => p.text.trim() !== ""));
  const heads = texts.map((c) => c[0]).filter((p): p is Paragraph => p !== undefined);
  // A photo cell holds a picture and no text: the row's line carries it.
  const pictures = cells.flat().reduce((n, p) => n + (p.pictures ?? 0), 0);
  // "3年以上…工作经历" under 其他要求: a grid cell's further paragraphs stand under their column.
  const rest = texts.flatMap((c, col) => c.slice(1).map((p) => ({ ...p, text: cellLead(cells.length, col) + p.text.trim(), table: { table, row, col } })));
  if (heads.length === 0) return pictures > 0 ? [{ text: "", boldChars: 0, chars: 0, pictures }] : [];
  const cellTexts = heads.map((p) => p.text.trim());
  const head: Paragraph = {
    text: cellTexts.join("\t"),
    boldChars: heads.reduce((n, p) => n + p.boldChars, 0),
    chars: heads.reduce((n, p) => n + p.chars, 0),
    halfPoints: Math.max(0, ...heads.map((p) => p.halfPoints ?? 0)) || undefined,
    heading: heads.length === 1 ? heads[0]!.heading : undefined,
    ...(pictures > 0 ? { pictures } : {}),
    table: { table, row, cells: cellTexts },
  };
  return [head, ...rest.map(({ pictures: _, ...p }) => p)];
}

function paragraphsToLines(paragraphs: Paragraph[]): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let page = 1;
  let gap = false;
  // Pictures of paragraphs without text (a photo on a line of its own) go with the next line.
  let pictures = 0;
  for (const p of paragraphs) {
    pictures += p.pictures ?? 0;
    let pageBreak = p.pageBreakBefore === true && lines.length > 0;
    if (pageBreak) page++;
    const pieces = p.text.split("\n");
    pieces.forEach((raw, i) => {
      if (raw.startsWith("\f") && lines.length > 0) {
        page++;
        pageBreak = true;
      }
      const piece = raw.replace(/\f/g, "");
      const body = piece.replace(/^[ \t\u3000\u00a0]+/, "").trimEnd();
      if (body === "") {
        if (lines.length > 0) gap = true;
        return;
      }
      const indent = piece.length - piece.trimStart().length;
      const line = textLine(body, { page, indent, pageBreak, gap });
      if (p.heading) line.heading = p.heading;
      if (p.chars > 0 && p.boldChars === p.chars) line.bold = true;
      if (p.halfPoints) line.fontSize = p.halfPoints / 2;
      if (p.list && i === 0) line.list = p.list;
      if (pictures > 0) (line.pictures = pictures), (pictures = 0);
      if (p.table?.cells) line.cells = p.table.cells;
      if (p.table) line.table = { table: p.table.table, row: p.table.row, ...(p.table.col !== undefined ? { col: p.table.col } : {}) };
      lines.push(line);
      pageBreak = false;
      gap = false;
    });
  }
  return lines;
}
