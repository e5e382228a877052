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

const CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef";
// Word processors widen the gap between Han and Latin runs ("3年" is drawn as "3 年"), and pdf.js
// reports that gap as a space, which would break "3年以上" for everything downstream.
const AUTOSPACE = new RegExp(`(?<=[${CJK}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[${CJK}])`, "g");

/**
 * pdf.js marks some line ends (hasEOL) but not all: a baseline that moves by more than half a
 * glyph also starts a new line. Wide blank runs are table-cell gaps and become tabs, as in .docx.
 */
export function itemsToText(items: TextItem[]): string {
  let out = "";
  let lastY: number | null = null;
  let lastEnd = 0;
  for (const item of items) {
    const x = item.transform[4] as number;
    const y = item.transform[5] as number;
    const size = Math.max(item.height, Math.abs(item.transform[3] as number), 1);
    const blank = item.str.trim() === "";
    const atLineStart = out === "" || out.endsWith("\n");
    if (!atLineStart && lastY !== null && Math.abs(y - lastY) > size / 2) out += "\n";
    else if (!atLineStart && !blank && x - lastEnd > size * 0.25 && !/\s$/.test(out)) out += " ";
    if (blank && item.str !== "" && item.width > size * 2) out += "\t";
    else if (!(blank && out.endsWith("\n"))) out += item.str;
    if (item.hasEOL && !out.endsWith("\n")) out += "\n";
    lastY = y;
    lastEnd = x + item.width;
  }
  return out
    .split("\n")
    .map((line) => line.replace(AUTOSPACE, "").replace(/[ \t]+$/, ""))
    .join("\n")
    .trim();
}
