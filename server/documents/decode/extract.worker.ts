import { DocumentRejected } from "../../errors.js";
import { formatNamed } from "../formats.js";
import type { ExtractRequest, ExtractResponse, RejectionCode } from "./extract-protocol.js";

/**
 * A pool thread's extraction task: one document in, its text and lines out. It keeps nothing
 * between documents (readers take their input and their own warnings list), so a reused thread
 * reads each document as a fresh one would; a hostile document exhausts only this thread's heap and
 * time budget, and the pool replaces the thread.
 */
export default async function extract({ format, bytes, text, pictures }: ExtractRequest): Promise<ExtractResponse> {
  const warnings: string[] = [];
  try {
    const read = await formatNamed(format).load();
    return { ok: true, ...(await read({ bytes, text, ...(pictures ? { pictures } : {}) }, warnings)), warnings };
  } catch (err) {
    if (err instanceof DocumentRejected) {
      return { ok: false, code: err.code as RejectionCode, message: err.message, reason: err.reason };
    }
    return { ok: false, code: "internal", message: (err as Error).stack ?? String(err) };
  }
}
