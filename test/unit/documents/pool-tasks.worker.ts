import { threadId } from "node:worker_threads";

/**
 * Pool tasks for the pool's own tests. They stand for documents by how they behave (finish after a
 * while, or never: a parser stuck in a synchronous loop), so order and killing can be checked exactly.
 */
export default async function poolTask(task: { id: string; ms?: number; spin?: boolean }) {
  if (task.spin) for (;;);
  await new Promise((resolve) => setTimeout(resolve, task.ms ?? 0));
  return { ok: true, id: task.id, threadId };
}
