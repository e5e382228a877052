import { SaxesParser } from "saxes";
import { DocumentRejected } from "../../errors.js";
import { readDocxPart } from "./docx-zip.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

type Table = { out: string[]; row: string[][] | null; outerCell: string[] | null };

/** Body text of a .docx: one line per paragraph, one line per table row (cells joined by tabs). */
export async function extractDocx(bytes: Uint8Array): Promise<string> {
  const xml = await readDocxPart(bytes, "word/document.xml");
  // XML parts may be UTF-16 when their BOM says so; otherwise they are UTF-8.
  const encoding = xml[0] === 0xff && xml[1] === 0xfe ? "utf-16le" : xml[0] === 0xfe && xml[1] === 0xff ? "utf-16be" : "utf-8";
  return documentXmlToText(new TextDecoder(encoding).decode(xml));
}

export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  const tables: Table[] = [];
  const paragraphs: string[] = [];
  let cell: string[] | null = null;
  let inText = false;

  const parser = new SaxesParser({ xmlns: true });
  // A DTD is how entity-expansion and external-entity attacks begin; WordprocessingML never needs one.
  parser.on("doctype", () => {
    throw new DocumentRejected("unprocessable", "The document's XML declares a DOCTYPE.", "doctype");
  });
  parser.on("opentag", (tag) => {
    if (tag.uri !== W) return;
    switch (tag.local) {
      case "p": paragraphs.push(""); break;
      case "t": inText = true; break;
      case "tab": appendToParagraph("\t"); break;
      case "br": case "cr": appendToParagraph("\n"); break;
      case "noBreakHyphen": appendToParagraph("-"); break;
      case "tbl": tables.push({ out: cell ?? lines, row: null, outerCell: cell }); cell = null; break;
      case "tr": if (tables.at(-1)) tables.at(-1)!.row = []; break;
      case "tc": cell = []; break;
    }
  });
  parser.on("text", (text) => {
    if (inText) appendToParagraph(text);
  });
  parser.on("closetag", (tag) => {
    if (tag.uri !== W) return;
    const table = tables.at(-1);
    switch (tag.local) {
      case "t": inText = false; break;
      case "p": (cell ?? lines).push(paragraphs.pop() ?? ""); break;
      case "tc": if (cell) table?.row?.push(cell); cell = null; break;
      case "tr": if (table?.row) table.out.push(...rowToLines(table.row)); if (table) table.row = null; break;
      case "tbl": tables.pop(); cell = table?.outerCell ?? null; break;
    }
  });

  function appendToParagraph(text: string) {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += text;
  }

  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof DocumentRejected) throw err;
    throw new DocumentRejected("unprocessable", `The document's XML is malformed: ${(err as Error).message}`, "corrupt_docx");
  }
  return lines.map((line) => line.trimEnd()).join("\n");
}

/**
 * A label/value row ("学历要求 | 本科及以上") reads best as one line. When a cell holds several
 * paragraphs (a numbered list of duties), its first paragraph stays on the row and the rest
 * follow as their own lines, so lists survive.
 */
function rowToLines(cells: string[][]): string[] {
  const texts = cells.map((c) => c.map((p) => p.trim()).filter((p) => p !== ""));
  const head = texts.map((c) => c[0] ?? "").filter((t) => t !== "").join("\t");
  const rest = texts.flatMap((c) => c.slice(1));
  return head === "" ? rest : [head, ...rest];
}
