import type { DocumentLine } from "../line.js";

/** A picture drawn on a page: its box in PDF user space (origin bottom-left), as the page shows it. */
export type DrawnPicture = { x: number; y: number; width: number; height: number };

/** The operators of pdf.js's operator list that place pictures (its `OPS` codes, given by the caller). */
export type PictureOps = {
  save: number; restore: number; transform: number; paintImageXObject: number; paintInlineImageXObject: number;
  paintFormXObjectBegin: number; paintFormXObjectEnd: number;
};

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
// A page drawing more pictures than this is a scan or a pattern, not a résumé's photo; reading stops there.
const MAX_PICTURES = 64;

/** `outer` after `inner`: the matrix that maps a point through `inner` first (the PDF `cm` order). */
function compose(outer: Matrix, inner: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner as Matrix;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

/**
 * The pictures an operator list paints: every image (an XObject or inline) is the unit square through the current
 * transform, followed through save/restore and form XObjects. Image masks and patterns are drawings, not pictures.
 */
export function drawnPictures(fnArray: readonly number[], argsArray: readonly unknown[], ops: PictureOps): DrawnPicture[] {
  const pictures: DrawnPicture[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  for (let i = 0; i < fnArray.length && pictures.length < MAX_PICTURES; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = compose(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = compose(ctm, matrix as number[]);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject) {
      const xs = [ctm[4], ctm[0] + ctm[4], ctm[2] + ctm[4], ctm[0] + ctm[2] + ctm[4]];
      const ys = [ctm[5], ctm[1] + ctm[5], ctm[3] + ctm[5], ctm[1] + ctm[3] + ctm[5]];
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      pictures.push({ x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y });
    }
  }
  return pictures;
}

/**
 * A picture the size and shape of a person's photo: a passport picture (35 × 45 mm is 99 × 128 pt) up to a large
 * portrait, square (a round crop) to upright. An icon is smaller, a banner or a logo wider than tall, a page's
 * background larger.
 */
export function photoSized(p: DrawnPicture): boolean {
  const ratio = p.height / p.width;
  return p.width >= 36 && p.height >= 36 && p.width <= 320 && p.height <= 400 && ratio >= 0.8 && ratio <= 1.7;
}

/**
 * Marks each photo-sized picture on the line it belongs with: the line just under it in its column (a sidebar's photo
 * over its contacts), else the nearest line beside it (a header's photo at the right of the name and address), else
 * the nearest line at all; the earlier line in reading order on a tie.
 */
export function attachPictures(lines: DocumentLine[], pictures: readonly DrawnPicture[]): void {
  for (const p of pictures.filter(photoSized)) {
    const placed = lines.flatMap((line) => {
      const g = line.geometry;
      if (!g) return [];
      const across = Math.max(0, p.x - (g.x + g.width), g.x - (p.x + p.width));
      const below = p.y - (g.y + g.fontSize);
      const down = Math.max(0, below, g.y - (p.y + p.height));
      return [{ line, across, down, under: across === 0 && below >= -g.fontSize / 2 && below <= 3 * g.fontSize }];
    });
    const nearest = (of: typeof placed, gap: (c: (typeof placed)[number]) => number) =>
      of.reduce<(typeof placed)[number] | undefined>((best, c) => (best === undefined || gap(c) < gap(best) ? c : best), undefined);
    const chosen =
      nearest(placed.filter((c) => c.under), (c) => c.down) ??
      nearest(placed.filter((c) => c.down === 0), (c) => c.across) ??
      nearest(placed, (c) => c.across + c.down);
    if (chosen) chosen.line.pictures = (chosen.line.pictures ?? 0) + 1;
  }
}
