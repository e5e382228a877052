import { readFileSync } from "node:fs";
import { decodeDocument, type DocumentLine } from "../../../server/documents/index.js";

const corpusDir = new URL("./corpus/", import.meta.url);

/** A corpus document as the parser is given it: the text, and for decoded formats the decoder's lines too. */
export type CorpusDocument = { text: string; lines?: DocumentLine[] };

/**
 * A corpus document as the parser is given it: a .txt file as written, any other format (.docx, .pdf,
 * .html) through the document decoder, as an upload is read, so a document's layout (Word cells, a PDF grid,
 * heading styles and font sizes) is under test and not a text copy of it.
 */
export async function corpusDocument(name: string): Promise<CorpusDocument> {
  const bytes = readFileSync(new URL(name, corpusDir));
  if (name.endsWith(".txt")) return { text: bytes.toString("utf8") };
  const decoded = await decodeDocument(bytes, { filename: name });
  return { text: decoded.text, lines: decoded.lines };
}

/** Every named document, read at once (the decoder's pool reads several in parallel). */
export async function corpusDocuments(names: readonly string[]): Promise<Map<string, CorpusDocument>> {
  return new Map(await Promise.all(names.map(async (name) => [name, await corpusDocument(name)] as const)));
}
