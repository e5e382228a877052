import { parentPort, workerData } from "node:worker_threads";
import { parsePositions } from "./parse.js";

// Large texts are parsed here so that a 10 MB upload costs this thread's time, not the event loop's.
const { text } = workerData as { text: string };
try {
  parentPort!.postMessage({ ok: true, ...parsePositions(text) });
} catch (err) {
  parentPort!.postMessage({ ok: false, code: "internal", message: (err as Error).stack ?? String(err) });
}
