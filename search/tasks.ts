import type { EnqueuedTaskPromise, Meilisearch, Task } from "meilisearch";

const finished = new Set(["succeeded", "failed", "canceled"]);
const firstPollMs = 2;
const maxPollMs = 50;

function assertSucceeded(task: Task, tolerate: string[] = []): Task {
  if (task.status !== "succeeded" && !(task.error && tolerate.includes(task.error.code))) {
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ""} ${task.error?.message ?? ""}`.trim());
  }
  return task;
}

/**
 * Waits for a Meilisearch write and fails unless it succeeded: a 202 only means "queued", and one bad
 * document fails the whole task afterwards. For set-up and rebuilds; the sync path uses `waitForTasks`.
 */
export async function waitForTask(enqueued: EnqueuedTaskPromise, opts: { timeoutMs?: number; tolerate?: string[] } = {}): Promise<Task> {
  return assertSucceeded(await enqueued.waitTask({ timeout: opts.timeoutMs ?? 60_000, interval: 25 }), opts.tolerate);
}

/**
 * Waits for several writes with one status request per poll, polling soon at first (a small batch is
 * done in milliseconds) and then less and less often, so a long task costs few requests.
 */
export async function waitForTasks(meili: Meilisearch, enqueued: EnqueuedTaskPromise[], opts: { timeoutMs?: number } = {}): Promise<Task[]> {
  if (enqueued.length === 0) return [];
  const uids = (await Promise.all(enqueued)).map((t) => t.taskUid);
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (let wait = firstPollMs; ; wait = Math.min(maxPollMs, wait * 2)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    const { results } = await meili.tasks.getTasks({ uids, limit: uids.length });
    if (results.length === uids.length && results.every((t) => finished.has(t.status))) {
      return uids.map((uid) => assertSucceeded(results.find((t) => t.uid === uid)!));
    }
    if (Date.now() > deadline) throw new Error(`Meilisearch tasks ${uids.join(", ")} not finished after ${opts.timeoutMs ?? 60_000} ms`);
  }
}

export function isIndexNotFound(err: unknown): boolean {
  const e = err as { cause?: { code?: string }; code?: string } | null;
  return e?.cause?.code === "index_not_found" || e?.code === "index_not_found";
}
