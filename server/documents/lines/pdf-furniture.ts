import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { pageNumberLine } from "./page-markers.js";
import { sizeOf } from "./pdf-columns.js";

/** One page's text items and the bottom and top of its page box (PDF user space, y grows upwards). */
export type FurniturePage = { items: TextItem[]; bottom: number; top: number };

// The margins a running header or footer stands in, as a share of the page's height.
const MARGIN = 0.12;
// The lines nearest each edge that may be furniture: a header and a rule's caption, a footer over a page number.
const EDGE_LINES = 2;
// Two copies of a running line stand within this many points of each other on their pages.
const SAME_PLACE = 6;

type EdgeLine = { page: number; y: number; items: TextItem[]; key: string; text: string };

/**
 * Page furniture of a PDF: the running header and footer a reader's eye skips, and the page number. A line is furniture
 * when it stands among the two lines nearest the top or bottom edge of its page, inside the page's margin band, and
 * either is a page number, or is repeated (digits aside: "第 2 页 共 3 页", "Confidential · 2") in the same place on
 * another page. Its items are left out before the page is laid out, so it neither reads as content nor cuts a post
 * that runs on from one page to the next. A one-page document keeps everything but its page number.
 */
export function pageFurniture(pages: readonly FurniturePage[]): Set<TextItem> {
  const edges: EdgeLine[] = [];
  pages.forEach((page, n) => {
    const lines = rowsOf(page.items.filter((i) => i.str.trim() !== ""), n);
    const height = page.top - page.bottom;
    if (height <= 0) return;
    const byY = [...lines].sort((a, b) => b.y - a.y);
    const top = byY.slice(0, EDGE_LINES).filter((l) => l.y >= page.top - height * MARGIN);
    const bottom = byY.slice(-EDGE_LINES).filter((l) => l.y <= page.bottom + height * MARGIN);
    for (const l of new Set([...top, ...bottom])) edges.push(l);
  });
  const dropped = new Set<TextItem>();
  for (const line of edges) {
    const repeated = edges.some((other) => other.page !== line.page && other.key === line.key && Math.abs(other.y - line.y) <= SAME_PLACE);
    if (repeated || pageNumberLine.test(line.text)) for (const i of line.items) dropped.add(i);
  }
  return dropped;
}

/** The page's items grouped into drawn lines by baseline (within half a glyph). */
function rowsOf(items: TextItem[], page: number): EdgeLine[] {
  const rows: EdgeLine[] = [];
  for (const item of [...items].sort((a, b) => (b.transform[5] as number) - (a.transform[5] as number))) {
    const y = item.transform[5] as number;
    const row = rows.find((r) => Math.abs(r.y - y) <= sizeOf(item) / 2);
    if (row) row.items.push(item);
    else rows.push({ page, y, items: [item], key: "", text: "" });
  }
  for (const row of rows) {
    row.items.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
    row.text = row.items.map((i) => i.str).join(" ").replace(/\s+/g, " ").trim();
    row.key = row.text.replace(/\d+/g, "#").replace(/\s+/g, "").toLowerCase();
  }
  return rows;
}
