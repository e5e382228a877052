import { createRequire } from "node:module";
import type { Worker } from "node:worker_threads";
import { Piscina } from "piscina";
import { DocumentRejected, Overloaded, ServiceUnavailable } from "../../errors.js";
import type { WorkerResponse } from "./extract-protocol.js";
import { FairQueue } from "./fair-queue.js";
import { LOCAL_CLIENT } from "./pool-client.js";
import type { DocumentPoolSettings } from "./pool-settings.js";

/** `signal`: aborted when the client has gone away; a waiting task is then dropped and a running one stopped. */
export type PoolTask = { entry: URL; request: unknown; timeoutMs: number; client: string; signal?: AbortSignal };
export type PoolStats = { workers: number; busy: number; idle: number; waiting: number };

type Waiting = { task: PoolTask; resolve: (value: unknown) => void; reject: (err: unknown) => void };

/** The client went away: nobody is left to answer, so this only ends the request's work quietly. */
const clientGone = () => new ServiceUnavailable("The client closed the request before its document was read.");

const fromSources = import.meta.url.endsWith(".ts");
// From TypeScript sources a thread must register tsx before importing a .ts handler (see ts-entry.cjs).
const tsEntry = fromSources ? createRequire(import.meta.url).resolve("./ts-entry.cjs") : null;

/**
 * Reads untrusted documents on a fixed set of warm worker threads (piscina). A task is handed to
 * piscina only when a thread is free, so its deadline counts from the moment it starts and the order
 * in which waiting tasks start is the fair queue's: one client's burst waits behind its own tasks.
 * A task past its deadline, or over the heap limit, takes its thread down with it and piscina starts
 * a fresh one in its place. Handlers keep nothing between tasks, so a reused thread reads each
 * document as a new one would.
 */
export class DocumentPool {
  private readonly threads: Piscina;
  private readonly queue: FairQueue<Waiting>;
  private busy = 0;
  private closed = false;
  // A running mean of task time, to tell refused clients when to come back.
  private meanTaskMs = 250;

  constructor(readonly settings: DocumentPoolSettings) {
    this.threads = new Piscina({
      minThreads: settings.workers,
      maxThreads: settings.workers,
      idleTimeout: Number.MAX_SAFE_INTEGER,
      resourceLimits: { maxOldGenerationSizeMb: settings.memoryMb },
    });
    // A thread that fails with no task on it (it is replaced) must not bring down the process.
    this.threads.on("error", () => undefined);
    this.queue = new FairQueue({ perClient: settings.perClient, maxWaiting: settings.maxWaiting });
  }

  /**
   * Runs a handler module (its .ts URL; the compiled .js beside it when running from dist/) on
   * `request`. The handler returns `{ ok: true, ...result }` or a rejection (extract-protocol.ts).
   */
  run<T>(task: PoolTask): Promise<T> {
    if (this.closed) return Promise.reject(new ServiceUnavailable("The document readers are shutting down."));
    const admission = task.client === LOCAL_CLIENT ? "admitted" : this.queue.admission(task.client);
    if (admission === "client_full") {
      return Promise.reject(new Overloaded("rate_limited", `At most ${this.settings.perClient} documents per client are read at a time; retry when one has finished.`, this.retryAfterSeconds()));
    }
    if (admission === "queue_full") {
      return Promise.reject(new Overloaded("unavailable", "Too many documents are waiting to be read; retry later.", this.retryAfterSeconds()));
    }
    if (task.signal?.aborted) return Promise.reject(clientGone());
    return new Promise<T>((resolve, reject) => {
      const stopListening = () => task.signal?.removeEventListener("abort", leave);
      const waiting: Waiting = {
        task,
        resolve: (value) => (stopListening(), resolve(value as T)),
        reject: (err) => (stopListening(), reject(err)),
      };
      // A client that disconnects while its document waits gives up its place: the task never starts.
      const leave = () => {
        if (this.queue.remove(task.client, waiting)) reject(clientGone());
      };
      task.signal?.addEventListener("abort", leave, { once: true });
      this.queue.push(task.client, waiting);
      this.startWaiting();
    });
  }

  stats(): PoolStats {
    return { workers: this.settings.workers, busy: this.busy, idle: this.settings.workers - this.busy, waiting: this.queue.waiting };
  }

  /** The threads serving now; one killed for its task is gone from here (its threadId is -1) and replaced. */
  liveThreads(): readonly Worker[] {
    return this.threads.threads;
  }

  /** Refuses waiting tasks, stops every thread (running tasks fail) and leaves no thread behind. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const { item } of this.queue.drain()) item.reject(new ServiceUnavailable("The document readers are shutting down."));
    await this.threads.destroy();
  }

  private startWaiting(): void {
    while (this.busy < this.settings.workers) {
      const next = this.queue.shift();
      if (!next) return;
      this.busy++;
      const started = performance.now();
      this.execute(next.item.task).then(next.item.resolve, next.item.reject).finally(() => {
        this.busy--;
        this.meanTaskMs = 0.8 * this.meanTaskMs + 0.2 * (performance.now() - started);
        this.queue.done(next.client);
        if (!this.closed) this.startWaiting();
      });
    }
  }

  private async execute({ entry, request, timeoutMs, signal: client }: PoolTask): Promise<unknown> {
    if (client?.aborted) throw clientGone();
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    // A client that disconnects mid-read stops its task: piscina ends that thread and starts a fresh one.
    const signal = client ? AbortSignal.any([deadline.signal, client]) : deadline.signal;
    const filename = tsEntry ?? new URL(entry.href.replace(/\.ts$/, ".js")).pathname;
    const payload = tsEntry ? { entry: entry.href, request } : request;
    let response: WorkerResponse;
    try {
      response = await this.threads.run(payload, { filename, signal });
    } catch (err) {
      if (client?.aborted && !deadline.signal.aborted) throw clientGone();
      throw this.failure(err, deadline.signal.aborted, timeoutMs);
    } finally {
      clearTimeout(timer);
    }
    if (response.ok) return response;
    if (response.code === "internal") throw new Error(`Document extraction failed: ${response.message}`);
    throw new DocumentRejected(response.code, response.message, response.reason);
  }

  private failure(err: unknown, timedOut: boolean, timeoutMs: number): Error {
    if (timedOut) return new DocumentRejected("unprocessable", `Reading the document took longer than ${timeoutMs} ms.`, "timeout");
    if ((err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") {
      return new DocumentRejected("unprocessable", "The document is too complex to read within the memory limit.", "too_complex");
    }
    if (this.closed) return new ServiceUnavailable("The document readers are shutting down.", err);
    return err instanceof Error ? err : new Error(String(err));
  }

  private retryAfterSeconds(): number {
    const ahead = this.queue.waiting + this.busy;
    return Math.min(60, Math.max(1, Math.ceil(((ahead / this.settings.workers) * this.meanTaskMs) / 1000)));
  }
}
