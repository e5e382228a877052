import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { OutboxRow } from "../db/database.js";
import type { Db } from "../db/db.js";
import { claimOutboxBatch, completeClaimedRows, releaseFailedRows } from "../db/outbox.repository.js";
import { createOutboxListener, type OutboxListener } from "./outbox-listener.js";

/** The pending rows of one aggregate, coalesced: the handler acts once for all of them. */
export type OutboxMessage = {
  topic: string;
  aggregateId: string;
  aggregateVersion: number;
  /** The payloads of every row this message covers, oldest first. */
  payloads: Record<string, unknown>[];
  /** The most attempts any covered row has had. */
  attempts: number;
};
/**
 * Handles one topic's messages of a batch, one per aggregate. Throw to retry them later (the worker
 * then retries each message alone, so one bad aggregate cannot hold back the rest). Must be idempotent
 * and act on the current state, not on the payloads' (those only say what changed).
 */
export type OutboxHandler = (messages: OutboxMessage[]) => Promise<void>;

export type OutboxWorkerOptions = {
  /** How often to look for due rows when no NOTIFY arrives (retries become due silently). */
  pollMs?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Attempts before a row is dead-lettered; with the default backoff this outlasts a few hours' outage. */
  maxAttempts?: number;
  /** Rows claimed by the first batch of a run. */
  batchSize?: number;
  /**
   * The most rows one batch claims (default 4 × batchSize). While claims come back full (a backlog),
   * each next claim asks for twice as many, up to this: the first batch reaches Meilisearch soon, and
   * the rest go as a few large tasks instead of many small ones, since each task (each indexing batch)
   * costs Meilisearch a fixed share besides its documents.
   */
  maxBatchSize?: number;
  /**
   * Batches in flight at once when the backlog is larger than one batch (a further one starts when a
   * claim comes back full). Each claims its own rows under its own lease, and a claim skips aggregates
   * another lease holds, so two batches never share an aggregate and each aggregate's writes stay in
   * order; meanwhile one batch's claim, read and document building overlap another's indexing, and
   * Meilisearch indexes the queued writes together.
   */
  concurrency?: number;
  /** How long a claim lasts; longer than any Meilisearch wait, so a live worker never loses its rows. */
  leaseMs?: number;
  /** A connection string for LISTEN; without it the worker only polls. */
  listenUrl?: string;
  /** Called whenever LISTEN is (re-)registered: the moment a NOTIFY can wake the worker. */
  onListening?: () => void;
  /** Called after each batch, for metrics. */
  onBatch?: (batch: { rows: number; messages: number; failed: number; seconds: number }) => void;
  now?: () => Date;
};

export type OutboxWorker = {
  start(): void;
  stop(): Promise<void>;
  /** Claims and handles batches until none is left or `limit` rows were handled; returns the rows handled. */
  runOnce(limit?: number): Promise<number>;
  /** Runs until nothing is due. For tests and CLIs: deterministic, no sleeping. */
  drain(): Promise<number>;
};

/**
 * Merges handler maps; two handlers of one topic run one after the other (the vacancy index and the
 * rescoring both follow position.changed). Both must be idempotent, since a failure retries both.
 */
export function mergeOutboxHandlers(...maps: Record<string, OutboxHandler>[]): Record<string, OutboxHandler> {
  const merged: Record<string, OutboxHandler> = {};
  for (const map of maps) {
    for (const [topic, handler] of Object.entries(map)) {
      const before = merged[topic];
      merged[topic] = before ? async (messages) => { await before(messages); await handler(messages); } : handler;
    }
  }
  return merged;
}

export function backoffMs(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1));
}

/** Groups claimed rows by topic, then by aggregate in id order, into coalesced messages. */
export function coalesce(rows: OutboxRow[]): Map<string, { message: OutboxMessage; ids: number[] }[]> {
  const byTopic = new Map<string, Map<string, { message: OutboxMessage; ids: number[] }>>();
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const topic = byTopic.get(row.topic) ?? new Map();
    byTopic.set(row.topic, topic);
    const entry = topic.get(row.aggregate_id);
    if (!entry) {
      topic.set(row.aggregate_id, {
        message: { topic: row.topic, aggregateId: row.aggregate_id, aggregateVersion: row.aggregate_version, payloads: [row.payload], attempts: row.attempts },
        ids: [row.id],
      });
      continue;
    }
    entry.ids.push(row.id);
    entry.message.payloads.push(row.payload);
    entry.message.aggregateVersion = Math.max(entry.message.aggregateVersion, row.aggregate_version);
    entry.message.attempts = Math.max(entry.message.attempts, row.attempts);
  }
  return new Map([...byTopic].map(([topic, aggregates]) => [topic, [...aggregates.values()]]));
}

export function createOutboxWorker(deps: {
  db: Db;
  logger: Logger;
  handlers: Record<string, OutboxHandler>;
  options?: OutboxWorkerOptions;
}): OutboxWorker {
  const o = { pollMs: 1000, baseBackoffMs: 1000, maxBackoffMs: 5 * 60_000, maxAttempts: 30, batchSize: 1000, concurrency: 2, leaseMs: 5 * 60_000, ...deps.options };
  const now = o.now ?? (() => new Date());
  const maxBatchSize = Math.max(o.batchSize, o.maxBatchSize ?? 4 * o.batchSize);
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let notified = false;
  let listener: OutboxListener | undefined;

  async function fail(lease: string, entry: { message: OutboxMessage; ids: number[] }, err: unknown): Promise<void> {
    const { message } = entry;
    const attempts = message.attempts + 1;
    const dead = attempts >= o.maxAttempts;
    const error = err instanceof Error ? err.message : String(err);
    deps.logger[dead ? "error" : "warn"]({ topic: message.topic, aggregateId: message.aggregateId, attempts, error }, dead ? "outbox row dead-lettered" : "outbox handler failed; will retry");
    await releaseFailedRows(deps.db, lease, entry.ids, {
      error,
      now: now(),
      dead,
      nextAttemptAt: new Date(now().getTime() + backoffMs(attempts, o.baseBackoffMs, o.maxBackoffMs)),
    });
  }

  /** One topic's part of a batch; if the whole fails, each aggregate is tried alone to find the bad one. */
  async function handleTopic(lease: string, topic: string, entries: { message: OutboxMessage; ids: number[] }[]): Promise<number> {
    const handler = deps.handlers[topic];
    const run = async (part: typeof entries) => {
      if (!handler) throw new Error(`no handler for topic ${topic}`);
      await handler(part.map((e) => e.message));
      await completeClaimedRows(deps.db, lease, part.flatMap((e) => e.ids));
    };
    try {
      await run(entries);
      return 0;
    } catch (err) {
      if (entries.length === 1) {
        await fail(lease, entries[0]!, err);
        return 1;
      }
    }
    let failed = 0;
    for (const entry of entries) {
      try {
        await run([entry]);
      } catch (err) {
        await fail(lease, entry, err);
        failed++;
      }
    }
    return failed;
  }

  /** Claims and handles one batch; `onFull` hears, before the handling starts, that the claim got all it asked for. */
  async function processBatch(limit: number, onFull: () => void): Promise<number> {
    const started = performance.now();
    const lease = randomUUID();
    const rows = await claimOutboxBatch(deps.db, { now: now(), limit, leaseMs: o.leaseMs, lease });
    if (rows.length === 0) return 0;
    if (rows.length === limit) onFull();
    const topics = coalesce(rows);
    const failed = await Promise.all([...topics].map(([topic, entries]) => handleTopic(lease, topic, entries)));
    const messages = [...topics.values()].reduce((n, entries) => n + entries.length, 0);
    o.onBatch?.({ rows: rows.length, messages, failed: failed.reduce((a, b) => a + b, 0), seconds: (performance.now() - started) / 1000 });
    return rows.length;
  }

  async function runOnce(limit = 10_000): Promise<number> {
    let handled = 0;
    // Rows claimed or being claimed, so the lanes together never take more than `limit`.
    let taken = 0;
    // What the next claim asks for: doubled by every full claim, while the backlog lasts.
    let claimSize = o.batchSize;
    const grow = () => {
      claimSize = Math.min(maxBatchSize, claimSize * 2);
      openLane();
    };
    const lanes: Promise<void>[] = [];
    // A further lane opens only when a claim came back full: a backlog larger than one batch.
    const openLane = () => {
      if (lanes.length < o.concurrency && taken < limit) lanes.push(lane());
    };
    async function lane(): Promise<void> {
      while (taken < limit) {
        const wanted = Math.min(claimSize, limit - taken);
        taken += wanted;
        const n = await processBatch(wanted, grow);
        taken -= wanted - n;
        handled += n;
        if (n === 0) return;
      }
    }
    lanes.push(lane());
    // Every lane is awaited, even after one failed, so a stopped worker leaves no batch running.
    let failure: { reason: unknown } | undefined;
    for (let i = 0; i < lanes.length; i++) {
      await lanes[i]!.catch((reason: unknown) => void (failure ??= { reason }));
    }
    if (failure) throw failure.reason;
    return handled;
  }

  return {
    runOnce,
    async drain() {
      let total = 0;
      for (let n = await runOnce(); n > 0; n = await runOnce()) total += n;
      return total;
    },
    start() {
      if (running) return;
      running = true;
      if (o.listenUrl) {
        listener = createOutboxListener({
          url: o.listenUrl,
          logger: deps.logger,
          onNotify: () => {
            notified = true;
            wake?.();
          },
          onListening: o.onListening,
        });
      }
      loop = (async () => {
        while (running) {
          notified = false;
          try {
            await runOnce();
          } catch (err) {
            deps.logger.warn({ err }, "outbox worker cycle failed");
          }
          if (!running) break;
          if (notified) continue;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, o.pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
        }
      })();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      await listener?.close();
      listener = undefined;
    },
  };
}
