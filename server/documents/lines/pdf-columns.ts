import type { TextItem } from "pdfjs-dist/types/src/display/api.js";

/** Items in reading order, with the column each was read in (0 unless the page has columns). */
export type ReadingOrder = { items: TextItem[]; columnOf: Map<TextItem, number> };

type Segment = { items: TextItem[]; x0: number; x1: number; y: number; size: number };

// A page wider than this in segments is a data dump, not a layout; it is read as drawn.
const MAX_SEGMENTS = 3000;
// Lines drawn in one row of a table share a baseline to within a fraction of their size; lines of
// two independent columns only now and then. Above this share, the "columns" are rows of a table
// (label | value) or right-aligned dates, and must be read row by row.
const ROW_ALIGNED_SHARE = 0.75;
// Full-width lines (a name above the columns, a footer) may cross the gutter; many may not.
const MAX_CROSSING_SHARE = 0.25;
const MIN_LINES_PER_COLUMN = 3;

const xOf = (i: TextItem) => i.transform[4] as number;
const yOf = (i: TextItem) => i.transform[5] as number;
/** The size a text item is drawn at: its height, or its transform's vertical scale when pdf.js reports none. */
export const sizeOf = (i: TextItem) => Math.max(i.height, Math.abs(i.transform[3] as number), 1);
const isBlank = (i: TextItem) => i.str.trim() === "";

/**
 * Reading order of one page. A page whose text stands in two columns (a narrow sidebar beside a
 * main column) is read band by band: full-width lines where they stand, and within a band the
 * left column whole, then the right, so lines of two columns never interleave. Any other page is
 * read exactly as drawn.
 */
export function readingOrder(items: TextItem[]): ReadingOrder {
  const asDrawn = { items, columnOf: new Map<TextItem, number>() };
  const { segments, tails } = segmentsOf(items);
  if (segments.length > MAX_SEGMENTS) return asDrawn;
  const gutter = findGutter(segments);
  if (gutter === null) return asDrawn;

  const ordered: TextItem[] = [];
  const columnOf = new Map<TextItem, number>();
  const emit = (segment: Segment, column: number) => {
    for (const item of segment.items) {
      for (const i of [item, ...(tails.get(item) ?? [])]) {
        ordered.push(i);
        columnOf.set(i, column);
      }
    }
  };
  const top = [...segments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  let band: Segment[] = [];
  const flushBand = () => {
    for (const s of band.filter((s) => s.x1 <= gutter)) emit(s, 0);
    for (const s of band.filter((s) => s.x0 > gutter)) emit(s, 1);
    band = [];
  };
  for (const segment of top) {
    if (segment.x1 > gutter && segment.x0 <= gutter) {
      flushBand();
      emit(segment, 0);
    } else band.push(segment);
  }
  flushBand();
  const leading = tails.get(null) ?? [];
  return { items: [...leading, ...ordered], columnOf };
}

/**
 * Runs of glyphs on one baseline with no wide gap between them. Blank items (spaces, line-end
 * markers) follow the glyph drawn before them, so a reordering keeps them in place.
 */
function segmentsOf(items: TextItem[]): { segments: Segment[]; tails: Map<TextItem | null, TextItem[]> } {
  const tails = new Map<TextItem | null, TextItem[]>();
  const glyphs: TextItem[] = [];
  let last: TextItem | null = null;
  for (const item of items) {
    if (isBlank(item)) {
      if (!tails.has(last)) tails.set(last, []);
      tails.get(last)!.push(item);
    } else {
      glyphs.push(item);
      last = item;
    }
  }
  const rows: TextItem[][] = [];
  for (const item of [...glyphs].sort((a, b) => yOf(b) - yOf(a) || xOf(a) - xOf(b))) {
    const row = rows.at(-1);
    if (row && Math.abs(yOf(row[0]!) - yOf(item)) <= sizeOf(item) * 0.25) row.push(item);
    else rows.push([item]);
  }
  const segments: Segment[] = [];
  for (const row of rows) {
    row.sort((a, b) => xOf(a) - xOf(b));
    let current: Segment | null = null;
    for (const item of row) {
      const size = sizeOf(item);
      if (current && xOf(item) - current.x1 <= size * 1.5) {
        current.items.push(item);
        current.x1 = Math.max(current.x1, xOf(item) + item.width);
        current.size = Math.max(current.size, size);
      } else {
        current = { items: [item], x0: xOf(item), x1: xOf(item) + item.width, y: yOf(item), size };
        segments.push(current);
      }
    }
  }
  return { segments, tails };
}

/** The x of a vertical gap between two columns of text, or null when the page has one column. */
function findGutter(segments: Segment[]): number | null {
  const candidates: { x: number; crossing: number; smaller: number; left: Segment[]; right: Segment[] }[] = [];
  const sizes = segments.map((s) => s.size).sort((a, b) => a - b);
  const minGap = Math.max(sizes[Math.floor(sizes.length / 2)] ?? 10, 6);
  for (const x of new Set(segments.map((s) => s.x1))) {
    const left = segments.filter((s) => s.x1 <= x);
    const right = segments.filter((s) => s.x0 > x);
    if (left.length < MIN_LINES_PER_COLUMN || right.length < MIN_LINES_PER_COLUMN) continue;
    const crossing = segments.length - left.length - right.length;
    if (crossing > segments.length * MAX_CROSSING_SHARE) continue;
    if (Math.min(...right.map((s) => s.x0)) - x < minGap) continue;
    candidates.push({ x, crossing, smaller: Math.min(left.length, right.length), left, right });
  }
  candidates.sort((a, b) => a.crossing - b.crossing || b.smaller - a.smaller);
  const best = candidates
    .slice(0, 20)
    .find((c) => (rowAlignedShare(c.left, c.right) < ROW_ALIGNED_SHARE && rowAlignedShare(c.right, c.left) < ROW_ALIGNED_SHARE) || parallelShare(c.left, c.right) >= PARALLEL_SHARE);
  return best?.x ?? null;
}

// Two columns drawn on the same baselines are still two columns when they run in parallel: side by side, the same
// labels and the same numbering ("薪资：…" beside "薪资：…", "1. …" beside "1. …"), as on a poster with one role a
// column. A label | value table pairs different things on a row ("学历" beside "本科"), and so do right-aligned dates.
const PARALLEL_SHARE = 0.6;
const MIN_PARALLEL_ROWS = 4;

/** How a line opens: its list number or bullet, or the label before its colon; null for anything else. */
function leadOf(text: string): string | null {
  const t = text.trim();
  const marker = /^(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、.]|[•·●▪■◆*-])/.exec(t);
  if (marker) return marker[0].replace(/\s+/g, "");
  const label = /^([^:：]{1,10})\s*[:：]/.exec(t);
  return label ? `${label[1]!.trim()}:` : null;
}

/** Share of the baselines both sides draw on where the two sides open alike (leadOf), over at least MIN_PARALLEL_ROWS of them. */
function parallelShare(left: Segment[], right: Segment[]): number {
  const textOf = (s: Segment) => s.items.map((i) => i.str).join("");
  let rows = 0;
  let alike = 0;
  for (const l of left) {
    const r = right.find((o) => Math.abs(o.y - l.y) <= l.size * 0.25);
    if (!r) continue;
    rows++;
    const lead = leadOf(textOf(l));
    if (lead !== null && lead === leadOf(textOf(r))) alike++;
  }
  return rows >= MIN_PARALLEL_ROWS ? alike / rows : 0;
}

/** Share of `side`'s segments that have a segment of `other` on their baseline. */
function rowAlignedShare(side: Segment[], other: Segment[]): number {
  const ys = other.map((o) => o.y).sort((a, b) => a - b);
  const aligned = side.filter((s) => {
    const tolerance = s.size * 0.25;
    let lo = 0;
    let hi = ys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[mid]! < s.y - tolerance) lo = mid + 1;
      else hi = mid;
    }
    return lo < ys.length && ys[lo]! <= s.y + tolerance;
  });
  return aligned.length / side.length;
}
