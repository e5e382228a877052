import type { WorkerResponse } from "../documents/decode/extract-protocol.js";
import type { DocumentLine } from "../documents/line.js";
import { parsePositions } from "./parse.js";

/** A pool task: large texts are parsed on a pool thread, so a 10 MB upload costs its time, not the event loop's. */
export default function parse({ text, lines }: { text: string; lines?: DocumentLine[] }): WorkerResponse {
  try {
    return { ok: true, ...parsePositions(text, lines) };
  } catch (err) {
    return { ok: false, code: "internal", message: (err as Error).stack ?? String(err) };
  }
}
