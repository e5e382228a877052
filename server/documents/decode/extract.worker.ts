import { parentPort, workerData } from "node:worker_threads";
import { DocumentRejected } from "../../errors.js";
import { formatNamed } from "../formats.js";
import type { ExtractRequest, ExtractResponse, RejectionCode } from "./extract-protocol.js";

// Runs in its own thread so that a hostile document can exhaust only this heap and this time budget.
const { format, bytes, text } = workerData as ExtractRequest;

async function extract(): Promise<ExtractResponse> {
  const warnings: string[] = [];
  try {
    const read = await formatNamed(format).load();
    return { ok: true, ...(await read({ bytes, text }, warnings)), warnings };
  } catch (err) {
    if (err instanceof DocumentRejected) {
      return { ok: false, code: err.code as RejectionCode, message: err.message, reason: err.reason };
    }
    return { ok: false, code: "internal", message: (err as Error).stack ?? String(err) };
  }
}

parentPort!.postMessage(await extract());
