/**
 * `load` shared between concurrent callers without ever answering a caller with a read that began
 * before it called: the first caller starts a read; callers that arrive while it runs all share the
 * one read started after it ends. One caller at a time sees no change; fifty at once cost two reads in
 * flight instead of fifty (on the search path: one PostgreSQL query per batch of searches, not one per
 * search, so the pool and the database stop being the bottleneck under load).
 */
export function readAfterCall<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const read = load();
    running = read;
    const done = () => {
      if (running === read) running = undefined;
    };
    read.then(done, done);
    return read;
  };
  return () => {
    if (!running) return start();
    queued ??= running.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };
}
