import pg from "pg";
import type { Logger } from "pino";
import type { Db } from "../db/db.js";
import {
  OUTBOX_CHANNEL,
  claimNextOutboxRow,
  completeOutboxRows,
  lockAggregate,
  pendingPayloadsOfAggregate,
  recordOutboxFailure,
} from "../db/outbox.repository.js";

export type OutboxMessage = {
  id: number;
  topic: string;
  aggregateId: string;
  aggregateVersion: number;
  /** The payloads of every row this call covers (same aggregate), oldest first. */
  payloads: Record<string, unknown>[];
  attempts: number;
};
/** Throw to retry later. Must be idempotent and act on the current state, not on the payload's. */
export type OutboxHandler = (msg: OutboxMessage) => Promise<void>;

export type OutboxWorkerOptions = {
  /** How often to look for due rows when no NOTIFY arrives (retries become due silently). */
  pollMs?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Attempts before a row is dead-lettered; with the default backoff this outlasts a few hours' outage. */
  maxAttempts?: number;
  /** A connection string for LISTEN; without it the worker only polls. */
  listenUrl?: string;
  now?: () => Date;
};

export type OutboxWorker = {
  start(): void;
  stop(): Promise<void>;
  /** Processes due rows until none is left or `limit` is reached; returns how many it handled. */
  runOnce(limit?: number): Promise<number>;
  /** Runs until nothing is due. For tests and CLIs: deterministic, no sleeping. */
  drain(): Promise<number>;
};

export function backoffMs(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1));
}

export function createOutboxWorker(deps: {
  db: Db;
  logger: Logger;
  handlers: Record<string, OutboxHandler>;
  options?: OutboxWorkerOptions;
}): OutboxWorker {
  const o = { pollMs: 1000, baseBackoffMs: 1000, maxBackoffMs: 5 * 60_000, maxAttempts: 30, ...deps.options };
  const now = o.now ?? (() => new Date());
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let notified = false;
  let listener: pg.Client | undefined;

  /** One row per transaction: its lock and the aggregate lock are held while the handler runs. */
  async function processOne(): Promise<boolean> {
    return deps.db.transaction().execute(async (trx) => {
      const row = await claimNextOutboxRow(trx, now());
      if (!row) return false;
      await lockAggregate(trx, row.topic, row.aggregate_id);
      const covered = await pendingPayloadsOfAggregate(trx, row);
      const handler = deps.handlers[row.topic];
      try {
        if (!handler) throw new Error(`no handler for topic ${row.topic}`);
        await handler({
          id: row.id,
          topic: row.topic,
          aggregateId: row.aggregate_id,
          aggregateVersion: row.aggregate_version,
          payloads: covered.payloads,
          attempts: row.attempts,
        });
        await completeOutboxRows(trx, row, covered.upToId);
      } catch (err) {
        const attempts = row.attempts + 1;
        const dead = attempts >= o.maxAttempts;
        const error = err instanceof Error ? err.message : String(err);
        deps.logger[dead ? "error" : "warn"]({ topic: row.topic, aggregateId: row.aggregate_id, attempts, error }, dead ? "outbox row dead-lettered" : "outbox handler failed; will retry");
        await recordOutboxFailure(trx, row.id, {
          error,
          now: now(),
          dead,
          nextAttemptAt: new Date(now().getTime() + backoffMs(attempts, o.baseBackoffMs, o.maxBackoffMs)),
        });
      }
      return true;
    });
  }

  async function runOnce(limit = 500): Promise<number> {
    let handled = 0;
    while (handled < limit && (await processOne())) handled++;
    return handled;
  }

  async function listen(): Promise<void> {
    if (!o.listenUrl) return;
    const client = new pg.Client({ connectionString: o.listenUrl });
    client.on("error", () => undefined);
    client.on("notification", () => {
      notified = true;
      wake?.();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      listener = client;
    } catch (err) {
      deps.logger.warn({ err }, "outbox LISTEN unavailable; polling only");
      await client.end().catch(() => undefined);
    }
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
      loop = (async () => {
        await listen();
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
      await listener?.end().catch(() => undefined);
      listener = undefined;
    },
  };
}
