import { parse } from "csv-parse/sync";

/** Where each written line stands in the sheet: a whole row (`col` absent) or a further line of one cell. */
export type SheetLine = { table: number; row: number; col?: number };

/** The separators a spreadsheet saves its cells with: tab ("Unicode text", a paste), comma (CSV), semicolon (CSV where the comma is the decimal mark). */
const delimiters = ["\t", ",", ";"] as const;

/** "- React, TypeScript", "1. 熟悉…": a record that starts as a list item is a line of prose, not a sheet's row. */
const listItem = /^\s*(?:[-•*·▪●]\s|\d{1,2}\s*[、.．)）]\s*\S)/;

/**
 * The records of a sheet saved as delimited text, read with the delimiter whose field counts agree: every record
 * of more than one field has the same number of them (a sheet writes every row to its full width; Excel pads a
 * title row with empty cells: "汇总表,,,,,,"), at least two such full records, and a record of one field (a title
 * or a note no cell was split in) only above or below them, never between (a sheet's rows run on; prose puts its
 * headings between its lines). A comma or a semicolon must also split a record into three fields or more, its
 * fields after the first mostly without a space before them (a spreadsheet writes "a,b,c"; prose writes "a, b, c"),
 * and no full record open as a list item. Among delimiters that agree, the one that splits the most cells wins.
 * Null when none agrees.
 */
export function sheetRecords(text: string): { delimiter: string; records: string[][] } | null {
  let best: { delimiter: string; records: string[][]; cells: number } | null = null;
  for (const delimiter of delimiters) {
    if (!text.includes(delimiter)) continue;
    let records: string[][];
    try {
      records = parse(text, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
    } catch {
      continue;
    }
    records = records.filter((r) => r.some((cell) => cell.trim() !== ""));
    const full = records.filter((r) => r.length > 1);
    const width = full[0]?.length ?? 0;
    const prose = delimiter !== "\t";
    if (full.length < 2 || width < (prose ? 3 : 2) || full.some((r) => r.length !== width)) continue;
    const first = records.indexOf(full[0]!);
    const last = records.indexOf(full.at(-1)!);
    if (last - first + 1 !== full.length) continue;
    if (prose) {
      const later = full.flatMap((r) => r.slice(1)).filter((cell) => cell.trim() !== "");
      if (later.filter((cell) => /^\s/.test(cell)).length * 2 >= later.length) continue;
      if (full.some((r) => listItem.test(r[0]!))) continue;
    }
    const cells = full.length * width;
    if (!best || cells > best.cells) best = { delimiter, records, cells };
  }
  return best && { delimiter: best.delimiter, records: best.records };
}

/**
 * A sheet saved from a spreadsheet as delimited text: tab-separated (Excel's "Unicode text", a paste from Google
 * Sheets or WPS) or comma/semicolon-separated (CSV, Excel's "CSV UTF-8" with its BOM). A cell that holds line
 * breaks, commas or quotes is written between double quotes, RFC 4180 style: `销售助理,"1、负责订单录入\n2、整理客户资料",1`.
 * Read as plain lines, such a row breaks at every line of the cell, its quotes stay in the text, and a CSV's
 * commas are no cell boundaries a reader of tab-joined rows knows.
 *
 * Returns the sheet written as the table reader reads a .docx table: per record one row line of the cells'
 * first lines (tab-joined, empty cells at its end dropped), then each cell's further lines led by one tab per column
 * before it, so they stand under their column; or null when the text is not such a sheet (see sheetRecords). A
 * tab-separated sheet without a multi-line cell is already one line per row and is left as it is.
 */
export function spreadsheetRows(text: string): { text: string; at: SheetLine[] } | null {
  const sheet = sheetRecords(text);
  if (!sheet) return null;
  const { delimiter, records } = sheet;
  if (delimiter === "\t" && !records.some((r) => r.some((cell) => /\n/.test(cell)))) return null;
  const out: string[] = [];
  const at: SheetLine[] = [];
  records.forEach((record, row) => {
    const cells = record.map((cell) => cell.replace(/\r/g, "").replace(/\t/g, " ").split("\n").map((l) => l.trim()).filter((l) => l !== ""));
    const head = cells.map((c) => c[0] ?? "").join("\t").trimEnd();
    if (head.trim() === "" && cells.every((c) => c.length <= 1)) return;
    out.push(head);
    at.push({ table: 0, row });
    cells.forEach((c, col) => {
      for (const more of c.slice(1)) {
        out.push("\t".repeat(col) + more);
        at.push({ table: 0, row, col });
      }
    });
  });
  return { text: out.join("\n"), at };
}
