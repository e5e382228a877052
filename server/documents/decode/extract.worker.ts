import { parentPort, workerData } from "node:worker_threads";
import { DocumentRejected } from "../../errors.js";
import type { ExtractRequest, ExtractResponse, RejectionCode } from "./extract-protocol.js";

// Runs in its own thread so that a hostile document can exhaust only this heap and this time budget.
const { format, bytes } = workerData as ExtractRequest;

async function extract(): Promise<ExtractResponse> {
  const warnings: string[] = [];
  try {
    // Only the parser this format needs is loaded: pdf.js alone costs more start-up than a .docx takes to read.
    const text =
      format === "docx"
        ? await (await import("./docx-text.js")).extractDocx(bytes)
        : format === "doc"
          ? await (await import("./doc-text.js")).extractDoc(bytes)
          : await (await import("./pdf-text.js")).extractPdf(bytes, warnings);
    return { ok: true, text, warnings };
  } catch (err) {
    if (err instanceof DocumentRejected) {
      return { ok: false, code: err.code as RejectionCode, message: err.message, reason: err.reason };
    }
    return { ok: false, code: "internal", message: (err as Error).stack ?? String(err) };
  }
}

parentPort!.postMessage(await extract());
