import type { DocumentLine } from "../line.js";
import { listMarkerOf } from "./list-marker.js";
import { spreadsheetRows } from "./spreadsheet-text.js";

const INDENT_WIDTH: Record<string, number> = { " ": 1, "\t": 4, "\u3000": 2, "\u00a0": 1 };
const LEADING = /^[ \t\u3000\u00a0]*/;

/**
 * Lines of plain text (and of formats that yield only text, like .doc): indentation, list markers
 * and tab-separated cells are read from the characters; a form-feed line is a page break.
 */
export function textToLines(text: string): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let page = 1;
  let pageBreak = false;
  let gap = false;
  for (const raw of text.split("\n")) {
    if (raw.includes("\f")) {
      page += raw.split("\f").length - 1;
      pageBreak = true;
    }
    const line = raw.replace(/\f/g, "");
    const lead = LEADING.exec(line)![0];
    const body = line.slice(lead.length).trimEnd();
    if (body === "") {
      // The form-feed line between PDF pages marks the break, not a paragraph gap.
      if (lines.length > 0 && !raw.includes("\f")) gap = true;
      continue;
    }
    const indent = [...lead].reduce((sum, ch) => sum + (INDENT_WIDTH[ch] ?? 1), 0);
    lines.push(textLine(body, { page, indent, pageBreak, gap }));
    pageBreak = false;
    gap = false;
  }
  return lines;
}

/** A line whose features come from its characters alone; formats add what they know on top. */
export function textLine(body: string, at: { page: number; indent: number; pageBreak?: boolean; gap?: boolean }): DocumentLine {
  const line: DocumentLine = { text: body, page: at.page, indent: at.indent };
  if (at.pageBreak && at.page > 1) line.pageBreakBefore = true;
  if (at.gap) line.gapBefore = true;
  const list = listMarkerOf(body, at.indent);
  if (list) line.list = list;
  const cells = body.split(/\t+/).map((c) => c.trim()).filter((c) => c !== "");
  if (cells.length > 1) line.cells = cells;
  return line;
}

/**
 * The plain-text format's reader: the decoded text as it is, and its lines; a sheet saved from a spreadsheet
 * with quoted multi-line cells is written row by row instead (spreadsheet-text.ts), its lines placed in the table.
 */
export function readPlainText(input: { text: string | null }): { text: string; lines: DocumentLine[] } {
  const text = input.text ?? "";
  const sheet = spreadsheetRows(text);
  if (!sheet) return { text, lines: textToLines(text) };
  const lines = sheet.text.split("\n").map((line, i) => ({ ...textLine(line.trim(), { page: 1, indent: 0 }), table: sheet.at[i]! }));
  return { text: sheet.text, lines };
}
