import { runBoundedWorker } from "../documents/index.js";
import { parsePositions } from "./parse.js";
import type { Position } from "./position.schema.js";

/**
 * Below this size parsing takes well under a tenth of a second, cheaper than starting a thread;
 * above it, the parse runs in a bounded worker so a large upload cannot stall other requests.
 */
export const IN_PROCESS_PARSE_CHARS = 100_000;
const PARSE_TIMEOUT_MS = 60_000;
const PARSE_MEMORY_MB = 512;

export async function parsePositionsBounded(text: string): Promise<{ positions: Position[]; warnings: string[] }> {
  if (text.length <= IN_PROCESS_PARSE_CHARS) return parsePositions(text);
  return runBoundedWorker<{ positions: Position[]; warnings: string[] }>(new URL("./parse.worker.ts", import.meta.url), { text }, {
    timeoutMs: PARSE_TIMEOUT_MS,
    maxMemoryMb: PARSE_MEMORY_MB,
  });
}
