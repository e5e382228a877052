import { parse } from "csv-parse/sync";

/** Where each written line stands in the sheet: a whole row (`col` absent) or a further line of one cell. */
export type SheetLine = { table: number; row: number; col?: number };

/**
 * A sheet copied or saved from a spreadsheet as tab-separated text (Excel's "Unicode text", a paste from
 * Google Sheets or WPS) writes a cell that holds line breaks between double quotes, RFC 4180 style:
 * `销售助理\t"1、负责订单录入\n2、整理客户资料"\t1`. Read as plain lines, such a row breaks at every line of
 * the cell and its quotes stay in the text.
 *
 * Returns the sheet written as the table reader reads a .docx table: per record one row line of the cells'
 * first lines (tab-joined), then each cell's further lines led by one tab per column before it, so they stand
 * under their column; or null when the text is not such a sheet: at least two records of two or more fields,
 * every record with as many fields as the first, and at least one quoted cell holding a line break (a sheet
 * without one is already one line per row).
 */
export function spreadsheetRows(text: string): { text: string; at: SheetLine[] } | null {
  if (!text.includes("\t") || !/(?:^|\t)"[^\t]*?\n/m.test(text)) return null;
  let records: string[][];
  try {
    records = parse(text, { delimiter: "\t", relax_quotes: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch {
    return null;
  }
  const width = records[0]?.length ?? 0;
  if (records.length < 2 || width < 2 || records.some((r) => r.length !== width)) return null;
  if (!records.some((r) => r.some((cell) => /\n/.test(cell)))) return null;
  const out: string[] = [];
  const at: SheetLine[] = [];
  records.forEach((record, row) => {
    const cells = record.map((cell) => cell.replace(/\r/g, "").split("\n").map((l) => l.trim()).filter((l) => l !== ""));
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
