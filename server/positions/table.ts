import stringWidth from "string-width";
import type { CleanText } from "./clean.js";
import { titleLabels } from "./data/headings.js";
import { fieldLabels } from "./data/labels.js";
import { sectionHeadings } from "./data/sections.js";
import { isPositionName, normalizeTitle, type TitleText } from "./title.js";

/** One position read from a row of a table, with a body that names each cell by its column. */
export type TableRow = { start: number; end: number; title: TitleText; body: string; bodyKey: string };
/** The stretch of the cleaned text a table covers (header and rows). */
export type TableBlock = { start: number; end: number; rows: TableRow[] };

/** A table's title column: a title label, or 職稱 (Taiwan's job title; alone on a mainland form it is a professional grade, but beside 名額/待遇 columns it names the post). */
const labels = new Set([...titleLabels, "职称"]);
const formLabels = new Set(fieldLabels.map((l) => l.label));
/** Column names of a hiring table; a form row ("岗位名称\t行政主管\t所属部门\t行政部") pairs labels with values instead. */
const columnWord = /学历|专业|经验|人数|名额|要求|条件|待遇|薪|地点|年龄|职责|education|experience|salary|location|headcount|requirement/;
const fieldName = (cell: string) => cell.length >= 2 && cell.length <= 25 && !/\d/.test(cell) && !/[。;,]/.test(cell);

const dutyColumns = new Set(sectionHeadings.filter((h) => h.kind === "responsibilities").map((h) => h.key));
const isDutyColumn = (name: string) => dutyColumns.has(name);

/**
 * `at`: where each cell starts, in display columns (a Han or full-width character is two wide, as a monospace
 * editor draws it) for a table aligned with spaces, or in tab stops (one per tab) for a tab-separated one.
 */
type Line = { start: number; end: number; cells: string[]; keys: string[]; at: number[] };

/** "1. 负责…" / "2. 处理…": a cell or a line that is a numbered list item, and its number. */
const itemNumber = (key: string) => Number(/^\s*(\d{1,2})\s*[、.．)）]/.exec(key)?.[1] ?? NaN);

/** One more line of a row's cell; `wrapped` when it goes on with the cell's last line (a cell too wide for its column). */
type Piece = { text: string; key: string; wrapped: boolean };

/** "------", "═════": a rule drawn under a plain-text table's header or around its rows. */
const isRule = (line: Line) => /^[\s\-=─━═_~*+|]*$/.test(line.keys.join("")) && /[-=─━═_~]{3,}/.test(line.keys.join(""));
const closes = /[。；;.!！?？:：]$/;
const han = /[\u3400-\u9fff\uff00-\uffef]/;

/**
 * The lines after a row that go on with its cells. Two kinds:
 * - a .docx row whose cells hold numbered lists keeps each cell's first item on the row and puts the rest on lines of
 *   their own below it, cell after cell ("2. 处理报修", "3. 催缴物业费", then "2. 1年以上经验"…): those lines continue the
 *   row's list cells in order, and a number that does not follow on starts the next list cell;
 * - a line that starts under a later column (indented with spaces to where that column is drawn, or led by a tab per
 *   column passed) goes on with the cells it stands under: a plain-text table's cell wrapped onto the next line, or
 *   a spreadsheet cell's further lines. In a space-aligned table such a piece is the cell's text wrapped, so it joins
 *   the cell's last line unless that line closes ("。", "；") or the piece is a numbered item of its own.
 * Returns each continued cell's further pieces (by column) and how many lines were taken.
 */
function continuation(lines: readonly Line[], from: number, row: Line, tabbed: boolean): { extra: Map<number, Piece[]>; taken: number } {
  const listCells = row.keys.flatMap((k, c) => (itemNumber(k) === 1 ? [c] : []));
  const extra = new Map<number, Piece[]>();
  const add = (column: number, piece: Piece) => extra.set(column, [...(extra.get(column) ?? []), piece]);
  let cell = 0;
  let last = 1;
  let j = from;
  for (; j < lines.length && cell < listCells.length && lines[j]!.cells.length === 1 && lines[j]!.at[0]! === 0; j++) {
    const n = itemNumber(lines[j]!.keys[0]!);
    if (Number.isNaN(n)) break;
    if (n !== last + 1) {
      if (++cell >= listCells.length || n !== 2) break;
    }
    last = n;
    add(listCells[cell]!, { text: lines[j]!.cells[0]!.trim(), key: lines[j]!.keys[0]!.trim(), wrapped: false });
  }
  // Under a later column: the cell it starts in is the last one drawn at or left of it (a space or two of slack).
  const slack = tabbed ? 0 : 2;
  for (; j < lines.length && lines[j]!.cells.length < row.cells.length && lines[j]!.at[0]! > row.at[0]! + slack && !isRule(lines[j]!); j++) {
    const line = lines[j]!;
    line.cells.forEach((text, k) => {
      const column = row.at.findLastIndex((x) => x <= line.at[k]! + slack);
      if (column < 0) return;
      const before = extra.get(column)?.at(-1)?.key ?? row.keys[column]!;
      const key = line.keys[k]!.trim();
      add(column, { text: text.trim(), key, wrapped: !tabbed && !closes.test(before.trim()) && Number.isNaN(itemNumber(key)) });
    });
  }
  return { extra, taken: j - from };
}

/** "负责来料检验 / 填写检验报表": a cell written over several unnumbered lines is a list, one item a line; it is numbered as one. */
function listed(cell: TitleText): TitleText {
  const keys = cell.key.split("\n");
  if (keys.length < 2 || keys.some((k) => !Number.isNaN(itemNumber(k)))) return cell;
  const number = (s: string) => s.split("\n").map((l, i) => `${i + 1}、${l}`).join("\n");
  return { text: number(cell.text), key: number(cell.key) };
}

/** A cell and its further pieces: each on a line of its own, a wrapped one joined to the line above (no space between Han characters). */
function joined(first: string, pieces: readonly Piece[], side: "text" | "key", firstKey: string, keys: readonly string[]): string {
  let out = first;
  let lastKey = firstKey;
  pieces.forEach((p, i) => {
    const space = han.test(lastKey.trimEnd().slice(-1)) || han.test(keys[i]!.charAt(0)) ? "" : " ";
    out = p.wrapped ? out.trimEnd() + space + p[side] : `${out}\n${p[side]}`;
    lastKey = keys[i]!;
  });
  return out;
}

/** Cells split where the folded key has a tab or a run of spaces (a plain-text table aligned by hand). */
function linesOf(clean: CleanText): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of clean.text.split("\n")) {
    const key = clean.key.slice(offset, offset + text.length);
    const cells: string[] = [];
    const keys: string[] = [];
    const at: number[] = [];
    const column = (end: number) => (key.includes("\t") ? (key.slice(0, end).match(/\t/g) ?? []).length : stringWidth(text.slice(0, end)));
    let from = 0;
    for (const m of key.trimEnd().matchAll(/\t+| {2,}/g)) {
      if (m.index > from) (cells.push(text.slice(from, m.index)), keys.push(key.slice(from, m.index)), at.push(column(from)));
      from = m.index + m[0].length;
    }
    cells.push(text.slice(from).trimEnd());
    keys.push(key.slice(from).trimEnd());
    at.push(column(from));
    lines.push({ start: offset, end: offset + text.length, cells, keys, at });
    offset += text.length + 1;
  }
  return lines;
}

/** "1.大學以上畢業 2.具2年以上經驗 3.熟悉AutoCAD": a cell's numbered items written on one line, put one to a line. */
function itemLines(cell: TitleText): TitleText {
  if (itemNumber(cell.key) !== 1) return cell;
  let next = 2;
  let text = cell.text;
  let key = cell.key;
  for (const m of cell.key.matchAll(/[ \t\u3000]+(?=(\d{1,2})\s*[、.．)）](?!\d))/g)) {
    if (Number(m[1]) !== next) continue;
    next++;
    const at = m.index;
    const cut = (s: string) => s.slice(0, at) + "\n" + " ".repeat(m[0].length - 1) + s.slice(at + m[0].length);
    (text = cut(text)), (key = cut(key));
  }
  return { text, key };
}

/**
 * A hiring plan laid out as a table (cells joined by tabs or aligned with spaces): a header row naming the columns, one of them
 * the title ("岗位名称\t人数\t学历要求\t专业要求…"), then one row per position with as many cells. Each row's
 * body becomes "column:value" lines under a requirements heading, so the usual extraction reads it.
 */
export function findTables(clean: CleanText): TableBlock[] {
  const lines = linesOf(clean);
  const blocks: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    const names = header.keys.map((k) => k.trim());
    const titleColumn = names.findIndex((n) => labels.has(n));
    if (names.length < 3 || titleColumn < 0 || !names.every(fieldName)) continue;
    const others = names.filter((_, c) => c !== titleColumn);
    if (others.filter((n) => columnWord.test(n)).length < 2 || others.some((n) => isPositionName(n, "strict"))) continue;
    const rows: TableRow[] = [];
    const tabbed = clean.key.slice(header.start, header.end).includes("\t");
    let j = i + 1;
    for (; j < lines.length && (lines[j]!.cells.length === names.length || (isRule(lines[j]!) && lines[j + 1]?.cells.length === names.length)); j++) {
      if (isRule(lines[j]!)) continue;
      const row = lines[j]!;
      const { extra, taken } = continuation(lines, j + 1, row, tabbed);
      const cell = { text: row.cells[titleColumn]!, key: row.keys[titleColumn]! };
      const title = normalizeTitle(cell);
      if (!isPositionName(title.key, "label") || formLabels.has(title.key)) break;
      // Built from the cells and their folded keys alike, so text and key keep the same length.
      // A duties column (工作內容, 岗位职责) goes under a duties heading, the rest under a requirements one.
      const named = (cells: string[], header: string[]) => {
        const under = (duty: boolean) => cells.map((cell, c) => (c === titleColumn || isDutyColumn(names[c]!) !== duty ? "" : `${header[c]!}:${cell}`)).filter(Boolean);
        const duties = under(true);
        return [...(duties.length > 0 ? ["岗位职责:", ...duties] : []), "任职要求:", ...under(false)].join("\n");
      };
      // A continued cell's items go on under its column, one line each, as its first item did.
      const cells = row.cells.map((text, c) => {
        const more = extra.get(c) ?? [];
        const keys = more.map((p) => p.key);
        return itemLines(listed({ text: joined(text, more, "text", row.keys[c]!, keys), key: joined(row.keys[c]!, more, "key", row.keys[c]!, keys) }));
      });
      const end = lines[j + taken]!.end;
      rows.push({ start: row.start, end, title, body: named(cells.map((c) => c.text), header.cells), bodyKey: named(cells.map((c) => c.key), header.keys) });
      j += taken;
    }
    if (rows.length === 0) continue;
    blocks.push({ start: header.start, end: lines[j - 1]!.end, rows });
    i = j - 1;
  }
  return blocks;
}
