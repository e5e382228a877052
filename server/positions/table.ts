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

type Line = { start: number; end: number; cells: string[]; keys: string[] };

/** "1. 负责…" / "2. 处理…": a cell or a line that is a numbered list item, and its number. */
const itemNumber = (key: string) => Number(/^\s*(\d{1,2})\s*[、.．)）]/.exec(key)?.[1] ?? NaN);

/**
 * A .docx row whose cells hold numbered lists keeps each cell's first item on the row and puts the rest on
 * lines of their own below it, cell after cell ("2. 处理报修", "3. 催缴物业费", then "2. 1年以上经验"…). Those
 * lines continue the row's list cells in order: a number that does not follow on starts the next list cell.
 * Returns each continued cell's extra lines (by column) and how many lines were taken.
 */
function continuation(lines: readonly Line[], from: number, row: Line): { extra: Map<number, Line[]>; taken: number } {
  const listCells = row.keys.flatMap((k, c) => (itemNumber(k) === 1 ? [c] : []));
  const extra = new Map<number, Line[]>();
  let cell = 0;
  let last = 1;
  let j = from;
  for (; j < lines.length && lines[j]!.cells.length === 1 && cell < listCells.length; j++) {
    const n = itemNumber(lines[j]!.keys[0]!);
    if (Number.isNaN(n)) break;
    if (n !== last + 1) {
      if (++cell >= listCells.length || n !== 2) break;
    }
    last = n;
    const column = listCells[cell]!;
    extra.set(column, [...(extra.get(column) ?? []), lines[j]!]);
  }
  return { extra, taken: j - from };
}

/** Cells split where the folded key has a tab or a run of spaces (a plain-text table aligned by hand). */
function linesOf(clean: CleanText): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of clean.text.split("\n")) {
    const key = clean.key.slice(offset, offset + text.length);
    const cells: string[] = [];
    const keys: string[] = [];
    let from = 0;
    for (const m of key.trimEnd().matchAll(/\t+| {2,}/g)) {
      if (m.index > from) (cells.push(text.slice(from, m.index)), keys.push(key.slice(from, m.index)));
      from = m.index + m[0].length;
    }
    cells.push(text.slice(from).trimEnd());
    keys.push(key.slice(from).trimEnd());
    lines.push({ start: offset, end: offset + text.length, cells, keys });
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
    let j = i + 1;
    for (; j < lines.length && lines[j]!.cells.length === names.length; j++) {
      const row = lines[j]!;
      const { extra, taken } = continuation(lines, j + 1, row);
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
        return itemLines({ text: [text, ...more.map((l) => l.cells[0]!.trim())].join("\n"), key: [row.keys[c]!, ...more.map((l) => l.keys[0]!.trim())].join("\n") });
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
