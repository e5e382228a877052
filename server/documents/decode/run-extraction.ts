import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { DocumentRejected } from "../../errors.js";
import type { ReaderOutput } from "../formats.js";
import type { ExtractRequest, WorkerResponse } from "./extract-protocol.js";

export type ExtractionLimits = { timeoutMs: number; maxMemoryMb: number };

/**
 * Extracts text in a worker thread with its own heap limit and a wall-clock deadline; on either,
 * the thread is killed, which stops even a parser stuck in a synchronous loop.
 */
export async function runExtraction(request: ExtractRequest, limits: ExtractionLimits): Promise<ReaderOutput & { warnings: string[] }> {
  const response = await runBoundedWorker<ReaderOutput & { warnings: string[] }>(new URL("./extract.worker.ts", import.meta.url), request, limits);
  return { text: response.text, lines: response.lines, warnings: response.warnings };
}

/**
 * Runs a worker module (given by its .ts URL; the compiled .js beside it is used when running from
 * dist) on `request` with the limits, one of at most as many at a time as there are cores. The
 * worker posts `{ ok: true, ...result }` or a rejection (see extract-protocol.ts).
 */
export async function runBoundedWorker<T>(entry: URL, request: unknown, limits: ExtractionLimits): Promise<T> {
  await acquireSlot();
  try {
    return (await runInWorker(entry, request, limits)) as T;
  } finally {
    releaseSlot();
  }
}

// Each worker may take its whole heap limit; a burst of uploads must not multiply that without bound.
const MAX_CONCURRENT_WORKERS = Math.max(1, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

function acquireSlot(): Promise<void> {
  if (running < MAX_CONCURRENT_WORKERS) {
    running++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

function runInWorker(entry: URL, request: unknown, limits: ExtractionLimits): Promise<unknown> {
  const worker = spawnWorker(entry, request, limits.maxMemoryMb);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => settle(() => reject(new DocumentRejected("unprocessable", `Reading the document took longer than ${limits.timeoutMs} ms.`, "timeout"))),
      limits.timeoutMs,
    );
    worker.once("message", (response: WorkerResponse) =>
      settle(() => {
        if (response.ok) resolve(response);
        else if (response.code === "internal") reject(new Error(`Document extraction failed: ${response.message}`));
        else reject(new DocumentRejected(response.code, response.message, response.reason));
      }),
    );
    worker.once("error", (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new DocumentRejected("unprocessable", "The document is too complex to read within the memory limit.", "too_complex")
            : err,
        ),
      ),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`Document extraction worker exited with code ${code}`))));
  });
}

/**
 * Compiled, the worker is plain JS next to this file. From TypeScript sources (tsx, vitest) the new
 * thread has no TypeScript loader, and Node ignores `--import` hooks for a worker's entry module,
 * so a small bootstrap registers tsx in the thread before importing the .ts entry.
 */
function spawnWorker(entry: URL, request: unknown, maxMemoryMb: number): Worker {
  const options = { workerData: request, resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL(entry.href.replace(/\.ts$/, ".js")), options);
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs"));
  const bootstrap = `import(${JSON.stringify(tsxApi.href)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
