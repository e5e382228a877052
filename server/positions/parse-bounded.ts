import { runBoundedWorker, type DocumentLine } from "../documents/index.js";
import { parsePositions } from "./parse.js";
import type { Position } from "./position.schema.js";

/**
 * Below this size parsing takes well under a tenth of a second, less than handing the text to a
 * thread; above it, the parse runs on the shared document pool so a large upload cannot stall other requests.
 */
export const IN_PROCESS_PARSE_CHARS = 100_000;
const PARSE_TIMEOUT_MS = 60_000;

export async function parsePositionsBounded(text: string, lines?: readonly DocumentLine[]): Promise<{ positions: Position[]; warnings: string[] }> {
  if (text.length <= IN_PROCESS_PARSE_CHARS) return parsePositions(text, lines);
  return runBoundedWorker<{ positions: Position[]; warnings: string[] }>(new URL("./parse.worker.ts", import.meta.url), { text, lines }, { timeoutMs: PARSE_TIMEOUT_MS });
}
