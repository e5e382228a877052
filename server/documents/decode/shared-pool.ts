import { Gauge } from "prom-client";
import { metricsRegistry } from "../../metrics.js";
import { DocumentPool } from "./document-pool.js";
import { defaultPoolSettings, type DocumentPoolSettings } from "./pool-settings.js";

/**
 * One pool per process, shared by every route that reads documents (position parse/import, resume
 * parse/apply): that is what makes a burst from one client wait behind its own work. It starts on
 * the first document, so a process that reads none starts no thread.
 */
let settings = defaultPoolSettings();
let pool: DocumentPool | undefined;

export function documentPool(): DocumentPool {
  pool ??= new DocumentPool(settings);
  return pool;
}

/** Sets the pool's size and limits (configuration); a running pool with other settings is replaced. */
export function configureDocumentPool(next: DocumentPoolSettings): void {
  const same = (Object.keys(next) as (keyof DocumentPoolSettings)[]).every((k) => next[k] === settings[k]);
  settings = { ...next };
  if (!same) void closeDocumentPool();
}

/** Stops every pool thread (shutdown, test teardown); the next document starts a new pool. */
export async function closeDocumentPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.close();
}

const stats = () => pool?.stats() ?? { workers: 0, busy: 0, idle: 0, waiting: 0 };

new Gauge({
  name: "document_pool_workers",
  help: "Document reader threads, busy or idle",
  labelNames: ["state"] as const,
  registers: [metricsRegistry],
  collect() {
    const { busy, idle } = stats();
    this.set({ state: "busy" }, busy);
    this.set({ state: "idle" }, idle);
  },
});

new Gauge({
  name: "document_pool_waiting_tasks",
  help: "Documents waiting for a reader thread",
  registers: [metricsRegistry],
  collect() {
    this.set(stats().waiting);
  },
});
