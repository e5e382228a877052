import stringWidth from "string-width";
import { tablePlaceOf, type CleanText } from "./clean.js";
import { titleLabels } from "./data/headings.js";
import { fieldLabels } from "./data/labels.js";
import { sectionHeadings } from "./data/sections.js";
import { columnScore, namesHiringColumns, totalRowWords } from "./data/table-columns.js";
import { isPositionName, normalizeTitle, type TitleText } from "./title.js";

/** One position read from a row of a table, with a body that names each cell by its column. */
export type TableRow = { start: number; end: number; title: TitleText; body: string; bodyKey: string };
/** The stretch of the cleaned text a table covers (header and rows). */
export type TableBlock = { start: number; end: number; rows: TableRow[] };

/**
 * A table's title column: a title label, or 職稱 (Taiwan's job title; alone on a mainland form it is a professional grade,
 * but beside 名額/待遇 columns it names the post). Labels run from the most to the least specific: where a header has two
 * ("招聘岗位" and "职称", "岗位名称" and "岗位"), the post is named by the more specific one.
 */
const labels = [...titleLabels, "职称"];
const titleRank = (name: string) => labels.indexOf(name);
const formLabels = new Set(fieldLabels.map((l) => l.label));
const fieldName = (cell: string) => cell.length >= 2 && cell.length <= 25 && !/\d/.test(cell) && !/[。;,]/.test(cell);

const dutyColumns = new Set(sectionHeadings.filter((h) => h.kind === "responsibilities").map((h) => h.key));
const isDutyColumn = (name: string) => dutyColumns.has(name);

/**
 * `at`: where each cell starts, in display columns (a Han or full-width character is two wide, as a monospace
 * editor draws it) for a table aligned with spaces, or in tab stops (one per tab) for a tab-separated one.
 */
type Line = { start: number; end: number; cells: string[]; keys: string[]; at: number[]; tabbed: boolean; place?: { table: number; row: number; col?: number } };

/** "1. 负责…" / "2. 处理…": a cell or a line that is a numbered list item, and its number. */
const itemNumber = (key: string) => Number(/^\s*(\d{1,2})\s*[、.．)）]/.exec(key)?.[1] ?? NaN);

/** A line the decoder placed in a cell (a .docx cell's further paragraph) of the given row. */
const sameRow = (a: Line["place"], row: NonNullable<Line["place"]>) => a !== undefined && a.col !== undefined && a.table === row.table && a.row === row.row;

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
function continuation(lines: readonly Line[], from: number, row: Line, tabbed: boolean, startsRow: (line: Line) => boolean): { extra: Map<number, Piece[]>; taken: number } {
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
  // Under a later column: the cell it starts in is the last one drawn at or left of it (a space or two of slack). A .docx
  // cell's further paragraph is placed by the decoder in its row and column: it goes on with that cell wherever the column
  // stands, even under the title column, where it would otherwise look like the next row's start.
  const slack = tabbed ? 0 : 2;
  const placed = (line: Line) => row.place !== undefined && sameRow(line.place, row.place) && line.cells.length === 1;
  const goesOn = (line: Line) => placed(line) || (line.cells.length < row.cells.length && line.at[0]! > row.at[0]! + slack && !isRule(line) && !startsRow(line));
  for (; j < lines.length && goesOn(lines[j]!); j++) {
    const line = lines[j]!;
    line.cells.forEach((text, k) => {
      const column = placed(line) ? line.place!.col! : row.at.findLastIndex((x) => x <= line.at[k]! + slack);
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

/**
 * Cells split where the folded key has a tab or a run of spaces (a plain-text table aligned by hand), or, on a line with
 * two pipes or more between cells ("岗位名称 | 招聘人数 | 专业要求", a web page's table pasted as text), at each pipe.
 */
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
    const piped = (key.match(/(?<=\S)\s*\|\s*(?=\S)/g) ?? []).length >= 2;
    for (const m of key.trimEnd().matchAll(piped ? /\t+| {2,}|\s*\|\s*/g : /\t+| {2,}/g)) {
      if (m.index > from) (cells.push(text.slice(from, m.index)), keys.push(key.slice(from, m.index)), at.push(column(from)));
      from = m.index + m[0].length;
    }
    cells.push(text.slice(from).trimEnd());
    keys.push(key.slice(from).trimEnd());
    at.push(column(from));
    const place = tablePlaceOf(clean, offset, key);
    lines.push({ start: offset, end: offset + text.length, cells, keys, at, tabbed: key.includes("\t"), ...(place ? { place } : {}) });
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

/** How many tab stops a tabbed line reaches: one past the stop its last cell starts at. */
const reach = (line: Line) => line.at.at(-1)! + 1;

/** A tabbed line's cells at their tab stops, "" at a stop left empty (a blank or merged spreadsheet cell): `width` cells. */
function onGrid(line: Line, width: number): Line {
  const cells = Array<string>(width).fill("");
  const keys = Array<string>(width).fill("");
  line.at.forEach((stop, k) => {
    if (stop < width) (cells[stop] = line.cells[k]!), (keys[stop] = line.keys[k]!);
  });
  return { ...line, cells, keys, at: cells.map((_, c) => c) };
}

/** A table's column names (text and folded), the title column's index, and the lines its header takes. */
type Header = { names: string[]; cells: string[]; keys: string[]; titleColumn: number; taken: number; grid: boolean };

/** Whether column names head a hiring table: a title column, names that are no values, and enough column words beside it. */
function hiringHeader(names: readonly string[]): number {
  const ranked = names.map((n, c) => ({ c, rank: titleRank(n) })).filter((r) => r.rank >= 0);
  const titleColumn = ranked.length === 0 ? -1 : ranked.reduce((a, b) => (b.rank < a.rank ? b : a)).c;
  const named = names.filter((n, c) => n !== "" && c !== titleColumn);
  if (named.length < 2 || titleColumn < 0 || !names.every((n) => n === "" || fieldName(n))) return -1;
  return namesHiringColumns(named) && !named.some((n) => isPositionName(n, "strict")) ? titleColumn : -1;
}

/**
 * The header at line `i`. A spreadsheet pasted as tab-separated text may head its table with two rows: a merged
 * group cell ("岗位信息", "资格条件") pastes as one cell and empty tabs over the columns it spans, and a column the
 * merge leaves whole ("序号", "备注") has its name above and nothing below. Read column by column, the lower row's
 * name stands where it has one and the upper row's elsewhere. A tabbed header's rows are read by tab stop.
 */
/**
 * "職位 Post", "要求 Requirements", "Duties 職責": a bilingual notice names each column in both scripts; the column is
 * its Chinese name, the words a hiring header is read by.
 */
function columnName(name: string): string {
  const m = /^([\u3400-\u9fff]{2,8})\s*[/|]?\s*[a-z][a-z &/()'.-]{1,40}$/.exec(name) ?? /^[a-z][a-z &/()'.-]{1,40}?\s*[/|]?\s*([\u3400-\u9fff]{2,8})$/.exec(name);
  return m ? m[1]! : name;
}

function headerAt(lines: readonly Line[], i: number): Header | null {
  const top = lines[i]!;
  const below = lines[i + 1];
  const gaps = (line: Line, width: number) => onGrid(line, width).keys.some((k) => k.trim() === "");
  if (top.tabbed && below?.tabbed) {
    const width = Math.max(reach(top), reach(below));
    if (gaps(top, width) && gaps(below, width)) {
      const [upper, lower] = [onGrid(top, width), onGrid(below, width)];
      const pick = (c: number) => (lower.keys[c]!.trim() !== "" ? lower : upper);
      const keys = lower.keys.map((_, c) => pick(c).keys[c]!);
      const titleColumn = hiringHeader(keys.map((k) => columnName(k.trim())));
      if (titleColumn >= 0) return { names: keys.map((k) => columnName(k.trim())), cells: keys.map((_, c) => pick(c).cells[c]!), keys, titleColumn, taken: 2, grid: true };
    }
  }
  const line = top.tabbed ? onGrid(top, reach(top)) : top;
  const names = line.keys.map((k) => columnName(k.trim()));
  const titleColumn = names.length >= 3 ? hiringHeader(names) : -1;
  return titleColumn < 0 ? null : { names, cells: line.cells, keys: line.keys, titleColumn, taken: 1, grid: top.tabbed };
}


/** "合计\t\t4": a totals row, its total word at or before the title column. */
const isTotalRow = (row: Line, titleColumn: number) => row.keys.slice(0, titleColumn + 1).some((k) => totalRowWords.test(k.trim()));

/**
 * A hiring plan laid out as a table (cells joined by tabs or aligned with spaces): a header row naming the columns, one of them
 * the title ("岗位名称\t人数\t学历要求\t专业要求…"), then one row per position. A space-aligned row has as many cells as the
 * header; a tabbed one is read by tab stop, so an empty cell keeps the others in their columns. Each row's
 * body becomes "column:value" lines under a requirements heading, so the usual extraction reads it.
 */
export function findTables(clean: CleanText): TableBlock[] {
  const lines = linesOf(clean);
  const blocks: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) continue;
    const { names, titleColumn, grid } = header;
    // A tabbed row reaches no further than its header and has its title cell (or a total's word) at or before it.
    const fits = (line: Line | undefined): line is Line =>
      line !== undefined && (grid ? line.tabbed && reach(line) <= names.length && line.at[0]! <= titleColumn : line.cells.length === names.length);
    const startsRow = (line: Line) => grid && fits(line) && line.at.includes(titleColumn);
    const rows: TableRow[] = [];
    let j = i + header.taken;
    for (; j < lines.length && (fits(lines[j]) || (isRule(lines[j]!) && fits(lines[j + 1]))); j++) {
      if (isRule(lines[j]!)) continue;
      const row = grid ? onGrid(lines[j]!, names.length) : lines[j]!;
      if (isTotalRow(row, titleColumn)) {
        j++;
        break;
      }
      // The row's further lines; a .docx title cell's further paragraphs among them are the row's own ("物業主任" /
      // "Property Officer" names the post again, "常額 Permanent" its terms), no post of their own.
      const { extra, taken } = continuation(lines, j + 1, row, grid, startsRow);
      const cell = { text: row.cells[titleColumn]!, key: row.keys[titleColumn]! };
      const title = normalizeTitle(cell);
      if (!isPositionName(title.key, "label") || formLabels.has(title.key)) break;
      // Built from the cells and their folded keys alike, so text and key keep the same length.
      // A duties column (工作內容, 岗位职责) goes under a duties heading, the rest under a requirements one; an empty cell says nothing.
      const named = (cells: string[], header: string[]) => {
        const under = (duty: boolean) =>
          cells.map((cell, c) => (c === titleColumn || cell.trim() === "" || isDutyColumn(names[c]!) !== duty ? "" : `${header[c]!}:${cell}`)).filter(Boolean);
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
    blocks.push({ start: lines[i]!.start, end: lines[j - 1]!.end, rows });
    i = j - 1;
  }
  // A relay's rows are a table written as numbered lines; where a drawn table already covers them, it stands.
  const relays = relayTables(clean).filter((r) => !blocks.some((b) => b.start < r.end && r.start < b.end));
  return [...blocks, ...relays].sort((a, b) => a.start - b.start);
}

/** A relay row's numbering: "1. ", "2、", "3) ". */
const rowNumber = /^[ \t]*(\d{1,3})\s*[.、．)）]\s*/;
/** A person column: who fills in the row, not what it asks for. */
const personColumn = /^(?:姓名|名字|昵称|推荐人|内推人|填写人|name|your name|referrer)$/;
/** Column separators a relay's format line uses: "+", "/", "|", "、", "-" between names, or spaces. */
const separators = [/\s*[+＋]\s*/, /\s*[/｜|]\s*/, /\s*、\s*/, /\s+-\s+|-/, /\s+/];

type Format = { names: string[]; titleColumn: number; separator: RegExp };

/** "序号. 姓名 部门 岗位（人数） 核心要求" after a relay's instruction: the columns each row fills in, one naming the post. */
function relayFormat(key: string): Format | null {
  const tail = /[:：]\s*([^:：]{4,80})$/.exec(key.trim())?.[1] ?? key.trim();
  for (const separator of separators) {
    const parts = tail.split(separator).map((p) => p.trim()).filter(Boolean);
    const names = parts.filter((p, i) => !(i === 0 && /^(?:序号|编号|no)\.?$/.test(p)));
    if (names.length < 3 || names.length > 8) continue;
    const bare = names.map((n) => n.replace(/\s*[(（][^()（）]{1,8}[)）]$/, ""));
    if (!bare.every((n) => n.length >= 2 && n.length <= 12 && !/[\d。;,]/.test(n))) continue;
    const titleColumn = bare.findIndex((n) => labels.includes(n));
    if (titleColumn < 0) continue;
    // A post column and at least one saying what the post needs or offers (要求, 人数, 学历…), in the names or their brackets.
    const score = names.reduce((sum, n, c) => sum + (c === titleColumn ? columnScore(n.slice(bare[c]!.length)) : columnScore(n)), 0);
    if (score < 1) continue;
    return { names: bare, titleColumn, separator };
  }
  return null;
}

/**
 * A WeChat or WeCom relay (接龙): a format line naming the columns ("各部门有HC的同学请接龙填写：序号. 姓名 部门 岗位（人数） 核心要求"),
 * then numbered rows that fill them in ("2. 孟一鸣 支付中台 Java开发工程师（2人） 本科及以上，3年以上Java经验…"). Each row whose
 * post cell names a post is one position: the name is who added the row, the last column takes the rest of the line.
 */
function relayTables(clean: CleanText): TableBlock[] {
  const lines: { start: number; end: number; text: string; key: string }[] = [];
  let offset = 0;
  for (const text of clean.text.split("\n")) {
    lines.push({ start: offset, end: offset + text.length, text, key: clean.key.slice(offset, offset + text.length) });
    offset += text.length + 1;
  }
  const blocks: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const format = rowNumber.test(lines[i]!.key) ? null : relayFormat(lines[i]!.key);
    if (!format) continue;
    const rows: TableRow[] = [];
    let last = i;
    let expected = 1;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.key.trim() === "") continue;
      const n = rowNumber.exec(line.key);
      // A note or two may stand between the format and the first row ("成功推荐入职奖励 5000 元").
      if (!n && expected === 1 && j - i <= 3) continue;
      if (!n || Number(n[1]) !== expected) break;
      expected++;
      last = j;
      // The cells: split on the separator, the last column taking what is left of the line.
      const cells: { start: number; end: number }[] = [];
      let from = n[0].length;
      const re = new RegExp(format.separator.source, "g");
      for (const m of line.key.slice(from).matchAll(re)) {
        if (cells.length === format.names.length - 1) break;
        const at = n[0].length + m.index;
        if (at > from) cells.push({ start: from, end: at });
        from = at + m[0].length;
      }
      if (from < line.key.trimEnd().length) cells.push({ start: from, end: line.key.trimEnd().length });
      if (cells.length !== format.names.length) continue;
      const cell = (c: number, side: "text" | "key") => line[side].slice(cells[c]!.start, cells[c]!.end);
      const title = normalizeTitle({ text: cell(format.titleColumn, "text"), key: cell(format.titleColumn, "key") });
      if (!isPositionName(title.key, "label")) continue;
      const body = (side: "text" | "key") =>
        ["任职要求:", ...format.names.flatMap((name, c) => (c === format.titleColumn || personColumn.test(name) ? [] : [`${name}:${cell(c, side)}`]))].join("\n");
      rows.push({ start: line.start, end: line.end, title, body: body("text"), bodyKey: body("key") });
    }
    if (rows.length === 0) continue;
    blocks.push({ start: lines[i]!.start, end: lines[last]!.end, rows });
    i = last;
  }
  return blocks;
}

