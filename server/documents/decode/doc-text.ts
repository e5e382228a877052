import WordExtractor from "word-extractor";
import { DocumentRejected } from "../../errors.js";

/** Body text of a legacy Word 97–2003 (.doc) file. Headers and footers are page furniture; skipped. */
export async function extractDoc(bytes: Uint8Array): Promise<string> {
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return doc.getBody();
  } catch (err) {
    throw new DocumentRejected("unprocessable", `The .doc file is damaged: ${(err as Error).message}`, "corrupt_doc");
  }
}
