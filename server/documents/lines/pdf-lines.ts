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

// Where a drawn item starts in the text being built: letter-spaced lines are rebuilt from their items (below).
const ITEM = "\u0001";

/**
 * "C O N TA C T", "M AYA" + " " + "PA T E L": a design tool's letter-spaced capitals, which pdf.js gives with a space at
 * every letter's gap (a kerned pair, "TA", "AYA", without). A line is letter-spaced when four or more of its words are
 * Latin letters, three at most each and most of them one alone.
 */
function letterSpaced(line: string): boolean {
  const words = line.replaceAll(ITEM, "").trim().split(/\s+/);
  return words.length >= 4 && words.every((w) => /^\p{Script=Latin}{1,3}$/u.test(w)) && words.filter((w) => w.length === 1).length >= 0.6 * words.length;
}

/** Before each item a line draws: the gap from the item before, and whether a space was drawn there (pdf.js's " " item). */
type ItemGap = { gap: number; space: boolean };

/**
 * A letter-spaced line's words: the letters an item draws are one word, and a word ends where a space was drawn or the
 * gap before the next item is wider than the line's gaps between letters (glyph-per-item text: "J","O","H","N" … "S").
 * Any other line is its text.
 */
function rebuildWords(line: string, gaps: readonly ItemGap[], size: number): string {
  if (!letterSpaced(line)) return line.replaceAll(ITEM, "");
  const pieces = line.split(ITEM).slice(1);
  const between = gaps.slice(1).filter((g) => !g.space).map((g) => g.gap).sort((a, b) => a - b);
  const letterGap = between[Math.floor((between.length - 1) / 2)] ?? 0;
  return pieces
    .map((piece, i) => {
      const word = piece.replace(/\s+/g, "");
      if (i === 0) return word;
      const cell = /\t\s*$/.test(pieces[i - 1]!);
      const spaced = gaps[i]!.space || gaps[i]!.gap > letterGap + size * 0.2;
      return (cell ? "\t" : spaced ? " " : "") + word;
    })
    .join("");
}

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
  // What stands before each item a line draws, for rebuilding a letter-spaced line's words.
  const gaps: ItemGap[][] = [];
  let spaceDrawn = false;
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
    if (!blank) {
      const first = out === "" || out.endsWith("\n");
      (gaps[lineNo] ??= []).push({ gap: first ? 0 : x - lastEnd, space: !first && spaceDrawn });
      spaceDrawn = false;
    } else if (item.str !== "") spaceDrawn = true;
    if (blank && item.str !== "" && item.width > size * 2) write("\t");
    else if (!(blank && out.endsWith("\n"))) write(blank ? item.str : ITEM + item.str);
    if (item.hasEOL && !out.endsWith("\n")) write("\n");
    lastY = y;
    lastEnd = x + item.width;
    if (!blank) lastColumn = column;
  }
  // Leading blank lines are trimmed from the text, so the recorded geometry shifts with them.
  const lines = out.split("\n").map((line, i) => rebuildWords(line, gaps[i] ?? [], drawn[i]?.fontSize ?? 10).replace(AUTOSPACE, "").replace(/[ \t]+$/, ""));
  const leadingBlank = lines.findIndex((l) => l.trim() !== "");
  const text = lines.join("\n").trim();
  return { text, drawn: leadingBlank > 0 ? drawn.slice(leadingBlank) : drawn };
}

const round = (n: number) => Math.round(n * 10) / 10;
