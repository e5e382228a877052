import type { ReaderOutput } from "../formats.js";
import type { ExtractRequest, ExtractResponse } from "./extract-protocol.js";
import { currentDocumentClient, currentDocumentSignal } from "./pool-client.js";
import { documentPool } from "./shared-pool.js";

/** How long one task may run on its thread; the heap limit is the pool's (DOCUMENT_WORKER_MEMORY_MB). */
export type ExtractionLimits = { timeoutMs: number };

/**
 * Extracts text on the shared pool of warm threads, with its heap limit and a wall-clock deadline;
 * on either, that thread is killed, which stops even a parser stuck in a synchronous loop.
 */
export async function runExtraction(request: ExtractRequest, limits: ExtractionLimits): Promise<ReaderOutput & { warnings: string[] }> {
  const response = await runBoundedWorker<ExtractResponse & { ok: true }>(new URL("./extract.worker.ts", import.meta.url), request, limits);
  return { text: response.text, lines: response.lines, warnings: response.warnings };
}

/**
 * Runs a handler module (given by its .ts URL; the compiled .js beside it is used when running from
 * dist) on `request` on the shared pool, queued fairly among the clients reading documents now
 * (pool-client.ts). The handler returns `{ ok: true, ...result }` or a rejection (extract-protocol.ts).
 */
export function runBoundedWorker<T>(entry: URL, request: unknown, limits: ExtractionLimits): Promise<T> {
  return documentPool().run<T>({ entry, request, timeoutMs: limits.timeoutMs, client: currentDocumentClient(), signal: currentDocumentSignal() });
}
