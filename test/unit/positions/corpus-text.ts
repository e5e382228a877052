import { readFileSync } from "node:fs";
import { decodeDocument } from "../../../server/documents/index.js";

const corpusDir = new URL("./corpus/", import.meta.url);

/**
 * A corpus document's text as the parser is given it: a .txt file as written, any other format (.docx, .pdf,
 * .html) through the document decoder, as an upload is read, so a document's layout (Word cells, a PDF grid)
 * is under test and not a text copy of it.
 */
export async function corpusText(name: string): Promise<string> {
  const bytes = readFileSync(new URL(name, corpusDir));
  if (name.endsWith(".txt")) return bytes.toString("utf8");
  return (await decodeDocument(bytes, { filename: name })).text;
}

/** Every named document's text, read at once (the decoder's pool reads several in parallel). */
export async function corpusTexts(names: readonly string[]): Promise<Map<string, string>> {
  return new Map(await Promise.all(names.map(async (name) => [name, await corpusText(name)] as const)));
}
