/**
 * One line of a document with what its format knows about its layout. Readers (positions, resumes)
 * classify lines from these features; formats fill in what they have and leave the rest absent.
 * Blank lines are not lines: `gapBefore` says one (or vertical space) preceded.
 */
export type DocumentLine = {
  /** The line's text without its indentation or trailing spaces; table cells joined by tabs. */
  text: string;
  /** 1-based page (PDF pages, or form feeds in text); 1 for formats without pages. */
  page: number;
  /** The first line of a page after the first. */
  pageBreakBefore?: true;
  /** A blank line or paragraph spacing came before this line. */
  gapBefore?: true;
  /** Leading whitespace in columns (tab = 4, ideographic space = 2), or list nesting × 2 where the format nests. */
  indent: number;
  /** 1–6: Markdown #, HTML h1–h6, .docx Heading/标题 styles and outline levels. */
  heading?: number;
  /** Every character of the line is bold (strong, **, run bold). */
  bold?: true;
  /** Font size in points, where the format says it (.docx runs, PDF text items). */
  fontSize?: number;
  list?: ListItem;
  /** The line is a table row: one entry per non-empty cell. */
  cells?: string[];
  /** Where in a table the line sits: a whole row (`col` absent) or a further paragraph of one cell. */
  table?: { table: number; row: number; col?: number };
  /** Pictures drawn in the line (.docx inline or floating images, in any cell of a table row), or alone in the paragraphs just before it. */
  pictures?: number;
  /** PDF only: where the line was drawn. */
  geometry?: LineGeometry;
};

export type ListItem = {
  /** The marker as written ("•", "1.", "（一）"), or as the format implies it ("•" for an HTML <ul>). */
  marker: string;
  ordered: boolean;
  /** 0 for a top-level item. */
  level: number;
};

/** PDF user-space coordinates of the line's first glyph (origin bottom-left, y grows upwards). */
export type LineGeometry = {
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** 0-based column in reading order on its page; 0 on single-column pages. */
  column: number;
};
