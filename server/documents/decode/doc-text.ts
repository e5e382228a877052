import WordExtractor from "word-extractor";
import { DocumentRejected } from "../../errors.js";
import type { ReaderInput, ReaderOutput } from "../formats.js";
import { textToLines } from "../lines/text-lines.js";

/** Body text of a legacy Word 97–2003 (.doc) file. Headers and footers are page furniture; skipped. */
export async function extractDoc(bytes: Uint8Array): Promise<string> {
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return doc.getBody();
  } catch (err) {
    throw new DocumentRejected("unprocessable", `The .doc file is damaged: ${(err as Error).message}`, "corrupt_doc");
  }
}

/** word-extractor gives text only, so a .doc's lines carry what the characters show (indents, markers, tabs). */
export async function readDoc({ bytes }: ReaderInput): Promise<ReaderOutput> {
  const text = (await extractDoc(bytes)).replace(/\r\n?/g, "\n");
  return { text, lines: textToLines(text) };
}
