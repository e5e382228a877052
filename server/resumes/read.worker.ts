import type { RejectionCode, WorkerResponse } from "../documents/decode/extract-protocol.js";
import type { DocumentLine } from "../documents/index.js";
import { DocumentRejected } from "../errors.js";
import { readResume } from "./read-resume.js";

/** A pool task: large texts are read on a pool thread, so a 10 MB upload costs its time, not the event loop's. */
export default function read({ lines }: { lines: DocumentLine[] }): WorkerResponse {
  try {
    return { ok: true, ...readResume(lines) };
  } catch (err) {
    if (err instanceof DocumentRejected) return { ok: false, code: err.code as RejectionCode, message: err.message, reason: err.reason };
    return { ok: false, code: "internal", message: (err as Error).stack ?? String(err) };
  }
}
