import type { DocumentLine, ListItem } from "../line.js";
import { textLine } from "./text-lines.js";

/** What the markup says about the block being written. */
export type BlockContext = { heading?: number; list?: ListItem; listDepth: number };
export type TableRef = { table: number; row: number };

/**
 * Collects inline text of markup formats (HTML, Markdown) into lines: whitespace collapsed as a
 * browser would, bold counted per character, and table cells gathered into one row line each.
 */
/**
 * What leads a table cell's further line (its second paragraph, a line after a <br>): in a grid (a hiring table's row
 * of five or more cells) a tab per column passed, as a spreadsheet copies it, so a reader of the text joins the line to
 * the cell above it; in a form's label/value row nothing, so the cell's list stays a list of its own.
 */
export function cellLead(cellCount: number, col: number): string {
  return cellCount >= 5 ? "\t".repeat(col) : "";
}

export class LineBuilder {
  readonly lines: DocumentLine[] = [];
  private text = "";
  private chars = 0;
  private boldChars = 0;
  private pendingList: ListItem | undefined;
  private gap = false;
  private cells: DocumentLine[][] = [];
  private inCell = false;
  private pictures = 0;
  private rowPictures = 0;

  add(text: string, bold: boolean, preformatted = false): void {
    const piece = preformatted ? text : text.replace(/[\s\u00a0]+/g, " ");
    if (piece === "" || (piece === " " && (this.text === "" || this.text.endsWith(" ")))) return;
    this.text += this.text.endsWith(" ") && piece.startsWith(" ") ? piece.slice(1) : piece;
    const chars = piece.replace(/\s/g, "").length;
    this.chars += chars;
    if (bold) this.boldChars += chars;
  }

  /** A picture drawn here: it belongs to the line being written, or to the next one when none is (a photo over the name). */
  addPicture(): void {
    this.pictures++;
  }

  /** Pictures drawn after the last line of text belong to that line. */
  finish(context: BlockContext): void {
    this.end(context);
    const last = this.lines.at(-1);
    if (last && this.pictures > 0) (last.pictures = (last.pictures ?? 0) + this.pictures), (this.pictures = 0);
  }

  /** The next line is a list item (its marker written before its text). */
  startListItem(list: ListItem): void {
    this.end({ listDepth: list.level });
    this.pendingList = list;
  }

  /** The list item started holds a container (a toggle's <details>), not a line of text: no marker is written for it. */
  dropListItem(): void {
    this.pendingList = undefined;
  }

  /** Ends the current line, if it has text, with the block's features. */
  end(context: BlockContext): void {
    const body = this.text.trim();
    const chars = this.chars;
    const bold = this.boldChars;
    this.text = "";
    this.chars = 0;
    this.boldChars = 0;
    if (body === "") return;
    const list = this.pendingList;
    this.pendingList = undefined;
    const written = list ? `${list.marker} ${body}` : body;
    const line = textLine(written, { page: 1, indent: context.listDepth * 2, gap: this.gap });
    this.gap = false;
    delete line.cells;
    if (list) line.list = list;
    else delete line.list;
    if (context.heading) line.heading = context.heading;
    if (chars > 0 && bold === chars) line.bold = true;
    if (this.pictures > 0) (line.pictures = this.pictures), (this.pictures = 0);
    (this.inCell ? this.cells.at(-1)! : this.lines).push(line);
  }

  /** Blank space before the next line (a paragraph or section boundary in the source). */
  markGap(): void {
    if (this.lines.length > 0) this.gap = true;
  }

  startCell(context: BlockContext): void {
    this.end(context);
    this.cells.push([]);
    this.inCell = true;
  }

  endCell(context: BlockContext): void {
    this.end(context);
    // A picture alone in its cell (a photo column) belongs to the row, not to the line after the table.
    if (this.pictures > 0) (this.rowPictures += this.pictures), (this.pictures = 0);
    this.inCell = false;
  }

  /** A row reads as one line of its cells' first lines (tab-joined), followed by their further lines. */
  endRow(context: BlockContext, at: TableRef): void {
    this.end(context);
    const cells = this.cells;
    this.cells = [];
    this.inCell = false;
    const heads = cells.map((c) => c[0]).filter((l): l is DocumentLine => l !== undefined);
    if (heads.length === 0) this.pictures += this.rowPictures;
    const rowPictures = this.rowPictures;
    this.rowPictures = 0;
    if (heads.length > 0) {
      const texts = heads.map((l) => l.text);
      const row: DocumentLine = { text: texts.join("\t"), page: 1, indent: 0, cells: texts, table: { ...at } };
      if (heads.every((l) => l.bold)) row.bold = true;
      // The row holds its cells' pictures, as a .docx row does (a photo cell beside the name's).
      const pictures = cells.flat().reduce((n, l) => n + (l.pictures ?? 0), rowPictures);
      if (pictures > 0) row.pictures = pictures;
      this.lines.push(row);
    }
    // A grid cell's further lines (after a <br> or a second paragraph: '制定病虫害防治方案' under 岗位职责) stand under their column.
    cells.forEach((c, col) => this.lines.push(...c.slice(1).map(({ pictures: _, ...l }) => ({ ...l, text: cellLead(cells.length, col) + l.text, table: { ...at, col } }))));
  }
}
