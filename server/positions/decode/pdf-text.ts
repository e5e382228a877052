import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { DocumentRejected } from "../../errors.js";
import { MAX_PDF_PAGES } from "./limits.js";

// pdf.js reads these from disk in Node; without the CMaps, CJK text in non-embedded fonts is lost.
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const CMAP_DIR = path.join(pdfjsRoot, "cmaps") + path.sep;
const STANDARD_FONTS_DIR = path.join(pdfjsRoot, "standard_fonts") + path.sep;

/** Text of a PDF, lines rebuilt from text positions; pages end with a form feed line. */
export async function extractPdf(bytes: Uint8Array, warnings: string[]): Promise<string> {
  const task = getDocument({
    // pdf.js takes ownership of (and may detach) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_DIR,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    if (pdf.numPages > MAX_PDF_PAGES) warnings.push(`pdf_truncated: only the first ${MAX_PDF_PAGES} pages were read`);
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PDF_PAGES); n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(itemsToText(content.items.filter((i): i is TextItem => "str" in i)));
      page.cleanup();
    }
    return pages.join("\n\f\n");
  } catch (err) {
    const name = (err as Error).name;
    if (name === "PasswordException") {
      throw new DocumentRejected("unprocessable", "The PDF is password-protected.", "encrypted_pdf");
    }
    throw new DocumentRejected("unprocessable", `The PDF is damaged: ${(err as Error).message}`, "corrupt_pdf");
  } finally {
    await task.destroy();
  }
}

/**
 * pdf.js marks some line ends (hasEOL) but not all: a baseline that moves by more than half a
 * glyph also starts a new line, and a horizontal gap between runs on one line becomes a space.
 */
export function itemsToText(items: TextItem[]): string {
  let out = "";
  let lastY: number | null = null;
  let lastEnd = 0;
  for (const item of items) {
    const x = item.transform[4] as number;
    const y = item.transform[5] as number;
    const size = Math.max(item.height, Math.abs(item.transform[3] as number), 1);
    const atLineStart = out === "" || out.endsWith("\n");
    if (!atLineStart && lastY !== null && Math.abs(y - lastY) > size / 2) out += "\n";
    else if (!atLineStart && item.str !== "" && x - lastEnd > size * 0.25 && !/\s$/.test(out)) out += " ";
    out += item.str;
    if (item.hasEOL) out += "\n";
    if (item.str !== "") {
      lastY = y;
      lastEnd = x + item.width;
    }
  }
  return out
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}
