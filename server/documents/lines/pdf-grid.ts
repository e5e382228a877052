import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { sizeOf } from "./pdf-columns.js";
import { titleLabels } from "../../positions/data/headings.js";
import { namesHiringColumns } from "../../positions/data/table-columns.js";
import { foldKey } from "../../text/fold.js";

/**
 * Tables drawn as grids in a PDF: a header row of short cell names ("序号 | 岗位名称 | 人数 | 任职条件"), then rows whose
 * cells wrap over several lines inside their column ("负责集团合并报表编制、" / "全面预算管理及税务" / "筹划工作"). Read
 * line by line, a wrapped row becomes lines mixing every column's pieces, and no reader can tell which piece is whose.
 * Here each row is rebuilt from the columns its items stand in: one line per row with a cell per column (cells apart
 * by a wide blank, which the line builder writes as a tab), and a cell's further list items ("2.5年以上…",
 * "3.具有…") on lines of their own, led by a blank per column passed, as .docx and spreadsheet cells are written.
 */

type Item = { item: TextItem; x: number; y: number; end: number; size: number; text: string };
type Baseline = { y: number; items: Item[] };

const HAN = /[\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const listStart = /^\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[•·▪●-]\s)/;
/** A first column of codes or numbers ("1", "A01", "0032"): each of its entries starts a row. */
const codeCell = /^[A-Za-z]{0,3}\d{1,5}[A-Za-z]?$/;

function baselines(items: Item[]): Baseline[] {
  const lines: Baseline[] = [];
  for (const it of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= it.size / 2);
    if (line) line.items.push(it);
    else lines.push({ y: it.y, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * A header: four or more short names on one baseline, set well apart; or, when they name a hiring table's columns
 * (see namesPosts), merely apart: a narrow column's name fills its cell ("招聘人数" in a box just wide enough for it)
 * and ends a few points before the next one starts, where the words of a line of prose run on without a gap.
 */
function isHeader(line: Baseline): boolean {
  const { items } = line;
  if (items.length < 4) return false;
  const short = items.every((i) => (HAN.test(i.text) ? i.text.length <= 8 : i.text.length <= 24) && !/[。；;，,:：]/.test(i.text));
  if (!short) return false;
  const gaps = items.slice(1).map((i, k) => (i.x - items[k]!.end) / i.size);
  return gaps.every((g) => g >= 0.8) || (gaps.every((g) => g >= 0.3) && namesPosts(line));
}

const columnOf = (starts: readonly number[], it: Item) => {
  let c = -1;
  for (let k = 0; k < starts.length; k++) if (starts[k]! <= it.x + it.size) c = k;
  return c;
};

/** Joins a cell's wrapped pieces: no space between Han characters, one between Latin words. */
const joinPieces = (a: string, b: string) => (a === "" ? b : HAN.test(a.at(-1)!) || HAN.test(b[0]!) ? a + b : `${a} ${b}`);

// How far below the line above (in the header's font size) a cell's wrapped line may stand: a line's leading is 1.2–1.7.
const WRAP_GAP = 2.5;

/** `size`: the header's font size, which sets the grid's gaps. */
type Grid = { header: Baseline; rows: Baseline[][]; starts: number[]; size: number };

/** The grids on a page: a header and the baselines under it that stay inside its columns. */
function findGrids(lines: Baseline[]): { grids: Grid[]; used: Set<Baseline> } {
  const grids: Grid[] = [];
  const used = new Set<Baseline>();
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    if (!isHeader(header)) continue;
    const starts = header.items.map((h) => h.x);
    const size = Math.max(...header.items.map((h) => h.size));
    const body: Baseline[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const previous = body.at(-1) ?? header;
      // A sentence running across the columns ("注：年龄计算截至…") or a wide gap ends the grid.
      const crosses = line.items.some((it) => {
        const c = columnOf(starts, it);
        return c < 0 || (c + 1 < starts.length && it.end > starts[c + 1]! + it.size);
      });
      // So does a line that opens no row (nothing in the first column) standing well below the one above: a cell's
      // wrapped lines follow at the text's leading, and a page footer ("— 1 —") under a column is not one of them.
      // A row states its post's facts, in two columns or more, or opens with its code: a lone first-column line farther
      // below than a wrap ("二、报名方式" under the last row) is the next section's heading, not the row's cell going on.
      const inFirst = line.items.filter((it) => columnOf(starts, it) === 0);
      const columns = new Set(line.items.map((it) => columnOf(starts, it))).size;
      const opensRow = inFirst.length > 0 && (columns >= 2 || inFirst.some((it) => codeCell.test(it.text.trim())));
      if (crosses || previous.y - line.y > size * 12 || (!opensRow && previous.y - line.y > size * WRAP_GAP)) break;
      body.push(line);
    }
    const rows = body.length > 0 ? rowsOf(body, starts, header) : [];
    // Rows with cells in two columns or more: a grid, not a line of tags.
    if (rows.length < 1 || rows.some((r) => new Set(r.flatMap((l) => l.items.map((it) => columnOf(starts, it)))).size < 2)) continue;
    grids.push({ header, rows, starts, size });
    used.add(header);
    for (const l of body) used.add(l);
    i = j - 1;
  }
  return { grids, used };
}

/**
 * Whether a header names a hiring table's columns: a title column ("岗位名称") and requirement or plan columns
 * beside it, scored as a text table's header is. A form's label/value row ("岗位名称 | 行政主管 | 所属部门 | 行政部")
 * pairs labels with values and scores too little.
 */
function namesPosts(header: Baseline): boolean {
  const names = header.items.map((it) => foldKey(it.text.trim()));
  return names.some((n) => titleLabels.includes(n)) && namesHiringColumns(names);
}

/**
 * Rows. Where the first column holds a code or number per row ("1", "A01"), each entry opens a row and a cell's
 * wrapped lines below it belong to it. Without such a column, a header naming a hiring table's columns says it is
 * one: a line opens a row when it fills the first column and more than half of all (a row states its post's
 * facts; a wrapped line goes on with a cell or two, "主管" under 岗位 beside "2.持叉车证。"). Otherwise there is no
 * telling a grid's wrapped row from a form's label/value rows, so none is rebuilt: [] then.
 */
function rowsOf(body: Baseline[], starts: readonly number[], header: Baseline): Baseline[][] {
  const first = body.flatMap((l) => l.items.filter((it) => columnOf(starts, it) === 0));
  if (first.length === 0 || columnOf(starts, body[0]!.items[0]!) !== 0) return [];
  const coded = first.every((it) => codeCell.test(it.text.trim()));
  if (!coded && !namesPosts(header)) return [];
  const filled = (line: Baseline) => new Set(line.items.map((it) => columnOf(starts, it))).size;
  const opens = (line: Baseline) => line.items.some((it) => columnOf(starts, it) === 0) && (coded || filled(line) * 2 > starts.length);
  if (!opens(body[0]!)) return [];
  const rows: Baseline[][] = [];
  for (const line of body) {
    if (opens(line)) rows.push([line]);
    else rows.at(-1)!.push(line);
  }
  return rows;
}

/** A cell's text as pieces: wrapped lines joined, a list item starting a piece of its own. */
function cellPieces(row: readonly Baseline[], column: number, starts: readonly number[]): string[] {
  const pieces: string[] = [];
  let item = 0;
  for (const line of row) {
    const text = line.items.filter((it) => columnOf(starts, it) === column).map((it) => it.text.trim()).join(" ").trim();
    if (text === "") continue;
    const n = Number(/^(\d{1,2})\s*[.、．]/.exec(text)?.[1] ?? NaN);
    // "2.5年以上…" after "…专业；" is item 2 (five years), not the figure 2.5: the count goes on where a clause ended.
    const next = n === item + 1 && (pieces.length === 0 || /[；;。.]$/.test(pieces.at(-1)!));
    if (next) item = n;
    if (pieces.length === 0 || next || listStart.test(text)) pieces.push(text);
    else pieces[pieces.length - 1] = joinPieces(pieces.at(-1)!, text);
  }
  return pieces;
}

/** A text item pdf.js would give for a piece of text drawn at (x, y). */
function drawn(template: TextItem, str: string, x: number, y: number, width: number, size: number): TextItem {
  const transform = [size, 0, 0, size, x, y];
  return { ...template, str, width, height: size, transform, hasEOL: false };
}

/**
 * The page's items in reading order with every grid on it rebuilt as rows of cells (see the module comment), or null
 * when the page has no grid (its items then go to the column reader as drawn).
 */
export function rebuildGrids(items: TextItem[]): TextItem[] | null {
  const all: Item[] = items
    .filter((i) => i.str.trim() !== "")
    .map((item) => ({ item, x: item.transform[4] as number, y: item.transform[5] as number, end: (item.transform[4] as number) + item.width, size: sizeOf(item), text: item.str }));
  const lines = baselines(all);
  const { grids, used } = findGrids(lines);
  if (grids.length === 0) return null;
  // Blocks top to bottom: each line outside a grid as drawn, each grid as rebuilt.
  const blocks: { y: number; items: TextItem[] }[] = lines.filter((l) => !used.has(l)).map((l) => ({ y: l.y, items: l.items.map((it) => it.item) }));
  for (const { header, rows, starts, size } of grids) {
    const out: TextItem[] = [];
    blocks.push({ y: header.y, items: out });
    const template = header.items[0]!.item;
    const gapWidth = size * 3;
    const line = (y: number, cells: (string | null)[]) => {
      // Every cell, the empty ones too, stands in its column; a wide blank between two is a cell break.
      cells.forEach((text, c) => {
        const x = starts[c]!;
        if (c > 0) out.push(drawn(template, " ", x - gapWidth, y, gapWidth, size));
        if (text) out.push(drawn(template, text, x, y, Math.max(1, (starts[c + 1] ?? x + gapWidth * 10) - x - gapWidth), size));
      });
      out.push({ ...drawn(template, "", starts.at(-1)! + 1, y, 0, size), hasEOL: true });
    };
    line(header.y, header.items.map((h) => h.text.trim()));
    for (const row of rows) {
      const cells = starts.map((_, c) => cellPieces(row, c, starts));
      const y = row[0]!.y;
      line(y, cells.map((p) => p[0] ?? null));
      // Further list items of a cell, each under its column: led by a blank per column passed.
      let k = 0;
      cells.forEach((pieces, c) => {
        for (const piece of pieces.slice(1)) {
          const at = y - (++k * size) / 4;
          for (let b = 0; b < c; b++) out.push(drawn(template, " ", starts[b]!, at, gapWidth, size));
          out.push(drawn(template, piece, starts[c]!, at, 1, size));
          out.push({ ...drawn(template, "", starts[c]! + 1, at, 0, size), hasEOL: true });
        }
      });
    }
  }
  return blocks.sort((a, b) => b.y - a.y).flatMap((b) => b.items);
}
