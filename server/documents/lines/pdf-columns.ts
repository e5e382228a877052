import type { TextItem } from "pdfjs-dist/types/src/display/api.js";

/** Items in reading order, with the column each was read in (0 unless the page has columns). */
export type ReadingOrder = { items: TextItem[]; columnOf: Map<TextItem, number> };

type Segment = { items: TextItem[]; x0: number; x1: number; y: number; size: number };

// A page wider than this in segments is a data dump, not a layout; it is read as drawn.
const MAX_SEGMENTS = 3000;
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
  readColumns(segments, gutter, 0, emit);
  const leading = tails.get(null) ?? [];
  return { items: [...leading, ...ordered], columnOf };
}

// A newspaper page sets up to four columns: a column side is looked at for a gutter of its own this deep.
const MAX_COLUMN_DEPTH = 2;

/**
 * Segments read band by band around a gutter: full-width lines where they stand, and within a band the left side whole,
 * then the right. A side with a gutter of its own (a page of three or four columns, an evening paper's classified ads)
 * is read the same way, so its columns never interleave either.
 */
function readColumns(segments: Segment[], gutter: number, column: number, emit: (s: Segment, column: number) => void, depth = 0): void {
  // Segments come in rows (one baseline, within a fraction of the size), left to right: a rating drawn a little higher
  // than its skill's name ("Python ●●●○○"), or a date in a smaller size beside a title, is read after it, on its line.
  let band: Segment[] = [];
  const side = (part: Segment[], at: number) => {
    const inner = depth < MAX_COLUMN_DEPTH && part.length >= 2 * MIN_LINES_PER_COLUMN ? evenGutter(part) : null;
    if (inner === null) for (const s of part) emit(s, at);
    else readColumns(part, inner, at, emit, depth + 1);
  };
  const flushBand = () => {
    if (band.length === 0) return;
    // "2021.03 - 至今 | 成都味源食品股份有限公司" over the job's lines: a band whose left lines each stand on the baseline of a
    // right line (a heading above the right's first line aside) is a table of dates or labels beside their blocks, read
    // row by row; a sidebar's lines are beside the main column's only now and then.
    const left = band.filter((s) => s.x1 <= gutter);
    const right = band.filter((s) => s.x0 > gutter);
    const top = Math.max(...right.map((s) => s.y));
    const rowed = left.filter((s) => s.y <= top + s.size * 0.25);
    // Each left line heads a block of right lines (twice as many at least), so two columns run in parallel, line beside
    // line (a poster's role a column), stay columns.
    if (rowed.length >= 2 && right.length >= rowed.length * 2 && rowed.every((l) => right.some((r) => Math.abs(r.y - l.y) <= l.size * 0.25)) && parallelShare(rowed, right) < PARALLEL_SHARE) {
      for (const s of band) emit(s, column);
      band = [];
      return;
    }
    side(left, column);
    // The right side's number: 1 beside the page's first column, 10 + n a column's own right side (3 of 4 is 1 + 10).
    side(right, column + 10 ** depth);
    band = [];
  };
  for (const segment of segments) {
    if (segment.x1 > gutter && segment.x0 <= gutter) {
      flushBand();
      emit(segment, column);
    } else band.push(segment);
  }
  flushBand();
}

/**
 * A column side's own gutter, when it parts columns of one measure (a paper's columns are set alike): a résumé's main
 * column with its dates set right, or a sidebar's label | value rows, part a wide side from a narrow one and stay whole.
 */
function evenGutter(part: Segment[]): number | null {
  const gutter = findGutter(part);
  if (gutter === null) return null;
  const left = part.filter((s) => s.x1 <= gutter);
  const right = part.filter((s) => s.x0 > gutter);
  const measure = (side: Segment[]) => Math.max(...side.map((s) => s.x1)) - Math.min(...side.map((s) => s.x0));
  const [a, b] = [measure(left), measure(right)];
  const even = Math.min(a, b) >= EVEN_MEASURE * Math.max(a, b);
  return even && Math.min(left.length, right.length) >= MIN_LINES_PER_NESTED_COLUMN ? gutter : null;
}

// Two columns of one measure: the narrower at least this share of the wider, each with this many lines.
const EVEN_MEASURE = 0.8;
const MIN_LINES_PER_NESTED_COLUMN = 8;

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
    .find((c) => {
      // Beside a side's line is any line not of that side on its baseline: the other side's, or one crossing the gutter.
      const left = new Set(c.left);
      const right = new Set(c.right);
      return (apart(c.left, segments.filter((s) => !left.has(s))) && apart(c.right, segments.filter((s) => !right.has(s)))) || parallelShare(c.left, c.right) >= PARALLEL_SHARE;
    });
  return best?.x ?? null;
}

/**
 * Whether one side's lines stand apart from the other's rather than beside them, row by row. Lines of two independent
 * columns share baselines only now and then; a table's rows (label | value) and right-aligned dates share nearly all
 * of theirs. But a sidebar set at the main column's leading may share most of its baselines by chance: it is still
 * apart when, between the first and the last of its lines that have a line beside them, some have none — a table's
 * label column has no line of its own between its rows (a title above or a note below the table is outside), nor
 * have dates beside the jobs they date. `other` is every line not of the side: the other side's, and lines crossing
 * the gutter (a page number beside a footer).
 */
function apart(allOfSide: Segment[], other: Segment[]): boolean {
  const pitch = pitchOf(other);
  const ys = other.map((o) => o.y).sort((a, b) => a - b);
  const side = allOfSide.filter((s) => !alone(s, ys, pitch));
  const paired = besideOther(side, ys);
  const count = paired.filter(Boolean).length;
  if (count < side.length * ROW_ALIGNED_SHARE) return true;
  const between = paired.slice(paired.indexOf(true), paired.lastIndexOf(true) + 1);
  return between.filter((p) => !p).length >= Math.max(MIN_OWN_LINES, between.length * MIN_OWN_SHARE);
}

/**
 * Whether a line stands in a band of its own inside the other side's run: the other side breaks off around it, for a
 * gap of ALONE_PITCHES of its usual line pitch or more, and has no line within ALONE_LEADINGS of the line's size. A
 * tabular Lebenslauf's section headings ("Berufserfahrung" over its date | post rows) stand so, across the page rather
 * than in the label column; a sidebar's line has the main column's lines beside it or just a section's gap away, and a
 * sidebar running on below the main column is outside that run. `ys`: the other side's baselines, ascending.
 */
function alone(s: Segment, ys: readonly number[], pitch: number): boolean {
  const below = ys[countBelow(ys, s.y) - 1];
  const above = ys[countBelow(ys, s.y, true)];
  if (above === undefined || below === undefined) return false;
  return above - below >= pitch * ALONE_PITCHES && above - s.y >= s.size * ALONE_LEADINGS && s.y - below >= s.size * ALONE_LEADINGS;
}
const ALONE_LEADINGS = 1.6;
const ALONE_PITCHES = 3;

/** The usual distance between one side's consecutive baselines (the median), or Infinity with too few lines. */
function pitchOf(side: readonly Segment[]): number {
  const ys = [...new Set(side.map((s) => Math.round(s.y * 10) / 10))].sort((a, b) => b - a);
  const steps = ys.slice(1).map((y, i) => ys[i]! - y).sort((a, b) => a - b);
  return steps.length < 2 ? Infinity : steps[Math.floor(steps.length / 2)]!;
}

// Below this share of its lines beside the other side's, a side is a column of its own.
const ROW_ALIGNED_SHARE = 0.75;
// Above it, a side is apart with this many lines of its own between its paired ones, and this share of them.
const MIN_OWN_LINES = 2;
const MIN_OWN_SHARE = 0.1;

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

/** For each of `side`'s segments (in their order), whether one of the other side's baselines `ys` (ascending) is its own. */
function besideOther(side: Segment[], ys: readonly number[]): boolean[] {
  return side.map((s) => {
    const tolerance = s.size * 0.25;
    const first = countBelow(ys, s.y - tolerance);
    return first < ys.length && ys[first]! <= s.y + tolerance;
  });
}

/** How many of the ascending `ys` are below `y` (or at most `y`), by binary search. */
export function countBelow(ys: readonly number[], y: number, orEqual = false): number {
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ys[mid]! < y || (orEqual && ys[mid] === y)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
