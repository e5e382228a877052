import { availableParallelism } from "node:os";

export type DocumentPoolSettings = {
  /** Warm threads kept; at most this many documents are read at once. */
  workers: number;
  /** Tasks allowed to wait for a thread, all clients together; beyond it → 503. */
  maxWaiting: number;
  /** Tasks one client may have running or waiting; beyond it → 429. */
  perClient: number;
  /** Each thread's heap limit: a document that needs more kills only its thread. */
  memoryMb: number;
};

/** What the pool uses unless configured (DOCUMENT_WORKERS, DOCUMENT_QUEUE_LIMIT, DOCUMENT_CLIENT_LIMIT, DOCUMENT_WORKER_MEMORY_MB). */
export const defaultPoolSettings = (): DocumentPoolSettings => ({
  // Two at least, so one slow document never holds every reader; past 8 the heaps cost more than they serve.
  workers: Math.min(8, Math.max(2, availableParallelism())),
  maxWaiting: 64,
  perClient: 4,
  memoryMb: 512,
});
