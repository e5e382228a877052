import { createRequire } from "node:module";
import path from "node:path";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { DocumentRejected } from "../../errors.js";
import type { ReaderInput, ReaderOutput } from "../formats.js";
import type { DocumentLine } from "../line.js";
import { pageFurniture, type FurniturePage } from "../lines/pdf-furniture.js";
import { layoutPage } from "../lines/pdf-lines.js";
import { attachPictures, drawnPictures, type DrawnPicture } from "../lines/pdf-pictures.js";
import { MAX_PDF_PAGES } from "./limits.js";

// pdf.js reads these from disk in Node; without the CMaps, CJK text in non-embedded fonts is lost.
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const CMAP_DIR = path.join(pdfjsRoot, "cmaps") + path.sep;
const STANDARD_FONTS_DIR = path.join(pdfjsRoot, "standard_fonts") + path.sep;

/** Text of a PDF, lines rebuilt from text positions in reading order; pages end with a form feed line. */
export async function readPdf({ bytes, pictures }: ReaderInput, warnings: string[]): Promise<ReaderOutput> {
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
    const read: FurniturePage[] = [];
    let firstPagePictures: DrawnPicture[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PDF_PAGES); n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      // A résumé's photo is on its first page; the operator list says where each picture is drawn.
      if (pictures && n === 1) {
        const list = await page.getOperatorList();
        firstPagePictures = drawnPictures(list.fnArray, list.argsArray, OPS);
      }
      const [, bottom, , top] = page.view as [number, number, number, number];
      read.push({ items: content.items.filter((i): i is TextItem => "str" in i), bottom: Math.min(bottom, top), top: Math.max(bottom, top) });
      page.cleanup();
    }
    // Running headers, footers and page numbers are left out before the pages are laid out (pdf-furniture.ts).
    const furniture = pageFurniture(read);
    const pages: string[] = [];
    const lines: DocumentLine[] = [];
    read.forEach((page, i) => {
      const laid = layoutPage(page.items.filter((item) => !furniture.has(item)), i + 1);
      if (i === 0) attachPictures(laid.lines, firstPagePictures);
      pages.push(laid.text);
      lines.push(...laid.lines);
    });
    return { text: pages.join("\n\f\n"), lines };
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

