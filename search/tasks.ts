import type { EnqueuedTaskPromise, Task } from "meilisearch";

/**
 * Waits for a Meilisearch write and fails unless it succeeded: a 202 only means "queued", and one bad
 * document fails the whole task afterwards.
 */
export async function waitForTask(enqueued: EnqueuedTaskPromise, opts: { timeoutMs?: number; tolerate?: string[] } = {}): Promise<Task> {
  // A short poll interval: the worker holds the aggregate lock while waiting, so waiting less is latency saved.
  const task = await enqueued.waitTask({ timeout: opts.timeoutMs ?? 60_000, interval: 3 });
  if (task.status !== "succeeded" && !(task.error && opts.tolerate?.includes(task.error.code))) {
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ""} ${task.error?.message ?? ""}`.trim());
  }
  return task;
}

export function isIndexNotFound(err: unknown): boolean {
  const e = err as { cause?: { code?: string }; code?: string } | null;
  return e?.cause?.code === "index_not_found" || e?.code === "index_not_found";
}
