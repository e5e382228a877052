import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import type { DocumentLine } from "../line.js";
import { readingOrder, sizeOf } from "./pdf-columns.js";
import { rebuildGrids } from "./pdf-grid.js";
import { textLine } from "./text-lines.js";

const CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef";
// Word processors widen the gap between Han and Latin runs ("3年" is drawn as "3 年"), and pdf.js
// reports that gap as a space, which would break "3年以上" for everything downstream.
const AUTOSPACE = new RegExp(`(?<=[${CJK}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[${CJK}])`, "g");
// Vertical space above a line, in its font size, that reads as a paragraph break rather than leading.
const GAP_LINE_HEIGHTS = 1.8;

type Drawn = { x: number; y: number; end: number; fontSize: number; column: number };

/** The text of one page's items, as a PDF reader would show it (see layoutPage). */
export function itemsToText(items: TextItem[]): string {
  return buildLines(items, new Map()).text;
}

/** One page: its text in reading order (columns read whole) and its lines with their geometry. */
export function layoutPage(items: TextItem[], page: number): { text: string; lines: DocumentLine[] } {
  // A page with a grid reads it row by row (pdf-grid.ts); any other page by its columns.
  const grid = rebuildGrids(items);
  const order = grid ? { items: grid, columnOf: new Map<TextItem, number>() } : readingOrder(items);
  const { text, drawn } = buildLines(order.items, order.columnOf);
  const lines: DocumentLine[] = [];
  let previous: Drawn | null = null;
  text.split("\n").forEach((raw, i) => {
    const body = raw.trim();
    const at = drawn[i];
    if (body === "" || !at) return;
    const gap = previous !== null && previous.column === at.column && previous.y - at.y > at.fontSize * GAP_LINE_HEIGHTS;
    const line = textLine(body, { page, indent: 0, pageBreak: lines.length === 0, gap });
    line.fontSize = round(at.fontSize);
    line.geometry = { x: round(at.x), y: round(at.y), width: round(at.end - at.x), fontSize: round(at.fontSize), column: at.column };
    lines.push(line);
    previous = at;
  });
  // Indentation in half-em columns from the left edge of the line's column, as a space is about half a glyph.
  const left = new Map<number, number>();
  for (const l of lines) left.set(l.geometry!.column, Math.min(left.get(l.geometry!.column) ?? Infinity, l.geometry!.x));
  for (const l of lines) l.indent = Math.max(0, Math.round((l.geometry!.x - left.get(l.geometry!.column)!) / (l.geometry!.fontSize / 2)));
  return { text, lines };
}

/**
 * pdf.js marks some line ends (hasEOL) but not all: a baseline that moves by more than half a
 * glyph also starts a new line, and so does a change of column. Wide blank runs are table-cell
 * gaps and become tabs, as in .docx. Each output line remembers where its first glyph was drawn.
 */
function buildLines(items: TextItem[], columnOf: Map<TextItem, number>): { text: string; drawn: (Drawn | undefined)[] } {
  let out = "";
  let lastY: number | null = null;
  let lastEnd = 0;
  let lastColumn = 0;
  let lineNo = 0;
  const drawn: (Drawn | undefined)[] = [];
  const write = (s: string) => {
    out += s;
    lineNo += s.split("\n").length - 1;
  };
  for (const item of items) {
    const x = item.transform[4] as number;
    const y = item.transform[5] as number;
    const size = sizeOf(item);
    const blank = item.str.trim() === "";
    const column = columnOf.get(item) ?? 0;
    const atLineStart = out === "" || out.endsWith("\n");
    if (!atLineStart && lastY !== null && (Math.abs(y - lastY) > size / 2 || (column !== lastColumn && !blank))) write("\n");
    else if (!atLineStart && !blank && x - lastEnd > size * 0.25 && !/\s$/.test(out)) write(" ");
    if (!blank) {
      const line = (drawn[lineNo] ??= { x, y, end: x + item.width, fontSize: size, column });
      line.end = Math.max(line.end, x + item.width);
      line.fontSize = Math.max(line.fontSize, size);
    }
    if (blank && item.str !== "" && item.width > size * 2) write("\t");
    else if (!(blank && out.endsWith("\n"))) write(item.str);
    if (item.hasEOL && !out.endsWith("\n")) write("\n");
    lastY = y;
    lastEnd = x + item.width;
    if (!blank) lastColumn = column;
  }
  // Leading blank lines are trimmed from the text, so the recorded geometry shifts with them.
  const lines = out.split("\n").map((line) => line.replace(AUTOSPACE, "").replace(/[ \t]+$/, ""));
  const leadingBlank = lines.findIndex((l) => l.trim() !== "");
  const text = lines.join("\n").trim();
  return { text, drawn: leadingBlank > 0 ? drawn.slice(leadingBlank) : drawn };
}

const round = (n: number) => Math.round(n * 10) / 10;
