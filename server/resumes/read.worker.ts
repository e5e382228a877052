import { parentPort, workerData } from "node:worker_threads";
import type { DocumentLine } from "../documents/index.js";
import { DocumentRejected } from "../errors.js";
import { readResume } from "./read-resume.js";

// Large texts are read here so that a 10 MB upload costs this thread's time, not the event loop's.
const { lines } = workerData as { lines: DocumentLine[] };
try {
  parentPort!.postMessage({ ok: true, ...readResume(lines) });
} catch (err) {
  if (err instanceof DocumentRejected) parentPort!.postMessage({ ok: false, code: err.code, message: err.message, reason: err.reason });
  else parentPort!.postMessage({ ok: false, code: "internal", message: (err as Error).stack ?? String(err) });
}
