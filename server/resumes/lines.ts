import { textToLines, type DocumentLine } from "../documents/index.js";
import type { ResumeLineClass } from "./data/line-model.js";
import { foldText } from "./keys.js";

/** What the format knew about a line's layout, kept for the line tagger and for reading order. */
export type LineLayout = Pick<DocumentLine, "page" | "indent" | "heading" | "bold" | "fontSize" | "gapBefore" | "pictures"> & {
  /** PDF column in reading order on its page (0 on single-column pages and in other formats). */
  column: number;
  /** A list item by the format (a .docx numbered paragraph, an HTML <li>) or by a written marker. */
  listed: boolean;
  /** A row of a table (.docx, HTML, Markdown). */
  tableRow: boolean;
  /** A further paragraph of a table cell: the cell's column (a Word two-cell template's right cell is 1). */
  cell?: number;
};

/**
 * A resume line as cells: a tab (a .docx table cell, a PDF gap), two or more spaces, an ideographic space
 * or ` | ` separate them. `key` is the text folded once (same length: cells of the key line up with cells
 * of the text); `tag` is the line's class in the tagger's best sequence (line-classes.ts).
 */
export type ResumeLine = {
  text: string; key: string; cells: string[]; index: number; layout: LineLayout; tag?: ResumeLineClass;
  /** A heading split off the front of its line ("技术栈：Java、MySQL"): it heads that line only. */
  inline?: true;
};

const cellBreak = /\t|\u3000+| {2,}|\s[|｜]\s|^[|｜]\s*|\s*[|｜]$/;

// A label spread out to fill a form's width ("姓　　名：", "民 族："): its characters are one word, not cells. The gaps
// inside it are all alike, which tells it from a value and the next label a column apart ("男　　　　　年　　齡：").
const spreadLabel = /(?<![\u3400-\u9fff:：])[\u3400-\u9fff]([ \u3000]+)[\u3400-\u9fff](?:\1[\u3400-\u9fff]){0,2}(?=\s*[:：])/g;
// In a table a label is a cell of its own, with no colon: "姓　　名 | 林晓雯 | 性　　别 | 女".
const spreadCell = /^[\u3400-\u9fff]([ \u3000]+)[\u3400-\u9fff](?:\1[\u3400-\u9fff]){0,2}$/;
const joinSpreadLabels = (text: string) => text.replace(spreadLabel, (label) => label.replace(/[ \u3000]+/g, ""));
const joinSpreadCells = (text: string) => text.split("\t").map((cell) => (spreadCell.test(cell.trim()) ? cell.replace(/[ \u3000]+/g, "") : cell)).join("\t");

/** The document's lines as resume lines; a string is read as plain text. */
export function toLines(document: string | readonly DocumentLine[]): ResumeLine[] {
  const source = typeof document === "string" ? textToLines(document) : document;
  const lines: ResumeLine[] = [];
  for (const line of source) {
    const text = line.text.replace(/[\f\r\n]/g, " ");
    const cells = joinSpreadLabels(line.table !== undefined ? joinSpreadCells(text) : text).split(cellBreak).map((c) => c.trim()).filter((c) => c !== "");
    if (cells.length === 0) continue;
    const layout: LineLayout = {
      page: line.page, indent: line.indent, column: line.geometry?.column ?? 0, listed: line.list !== undefined, tableRow: line.table !== undefined && line.table.col === undefined,
      ...(line.table?.col !== undefined ? { cell: line.table.col } : {}),
      ...(line.heading ? { heading: line.heading } : {}), ...(line.bold ? { bold: true } : {}), ...(line.fontSize ? { fontSize: line.fontSize } : {}), ...(line.gapBefore ? { gapBefore: true } : {}),
      ...(line.pictures ? { pictures: line.pictures } : {}),
    };
    lines.push({ text: cells.join("\t"), key: "", cells, index: lines.length, layout });
  }
  // One fold of the whole document (the fold keeps lengths, so it splits back into the lines' keys).
  const keys = foldText(lines.map((l) => l.text).join("\n")).split("\n");
  lines.forEach((l, i) => (l.key = keys[i]!));
  return lines;
}

/** The line with other cells (a personal pair taken out, a heading cell split off): same place and layout. */
export function withCells(line: ResumeLine, cells: readonly string[]): ResumeLine {
  const text = cells.join("\t");
  return { text, key: foldText(text), cells: [...cells], index: line.index, layout: line.layout };
}

const han = "\\u3400-\\u9fff\\uf900-\\ufaff";
// Chinese writes columns of a row apart with single spaces ("2017.07-2020.02 郑州中原数据有限公司 网络管理员");
// between Latin words a single space is just a space.
const partBreak = new RegExp(`\\t|\\u3000+| {2,}|\\s*[|｜]\\s*|(?<=[${han}）)]) (?=\\S)|(?<=\\S) (?=[${han}（(])(?<![a-zA-Z] (?=[(（]))`);

/** The parts of one row of text: cells, and single-space-separated Chinese columns. */
export function splitParts(text: string): string[] {
  // "博士后（合作导师：李建国 教授）": a space inside brackets is the bracket's own, never a column's edge.
  const guarded = text.replace(/[(（][^()（）\t|｜]{1,40}[)）]/g, (group) => group.replace(/ /g, "\u0002"));
  return guarded.split(partBreak).map((p) => p.replace(/\u0002/g, " ").trim()).filter((p) => p !== "");
}
