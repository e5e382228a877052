import pg from "pg";
import type { Logger } from "pino";
import { OUTBOX_CHANNEL } from "../db/outbox.repository.js";

export type OutboxListener = { close(): Promise<void> };

const firstRetryMs = 500;
const maxRetryMs = 30_000;

/**
 * A dedicated connection that LISTENs for outbox NOTIFYs. When it fails (the server restarted, a
 * network blip) it logs a warning and reconnects with backoff; the worker keeps polling meanwhile,
 * so a lost connection delays work, never loses it.
 */
export function createOutboxListener(opts: {
  url: string;
  logger: Logger;
  onNotify: () => void;
  onListening?: () => void;
}): OutboxListener {
  let closed = false;
  let client: pg.Client | undefined;
  let retryMs = firstRetryMs;
  let retryTimer: NodeJS.Timeout | undefined;

  const scheduleReconnect = (err: unknown) => {
    if (closed || retryTimer) return;
    opts.logger.warn({ err: err instanceof Error ? err.message : String(err), retryInMs: retryMs }, "outbox LISTEN connection lost; reconnecting (polling meanwhile)");
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(maxRetryMs, retryMs * 2);
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: opts.url });
    client = c;
    let failed = false;
    const lost = (err: unknown) => {
      if (failed) return;
      failed = true;
      if (client === c) client = undefined;
      void c.end().catch(() => undefined);
      scheduleReconnect(err);
    };
    c.on("error", lost);
    c.on("end", () => lost(new Error("connection ended")));
    c.on("notification", opts.onNotify);
    try {
      await c.connect();
      await c.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (err) {
      lost(err);
      return;
    }
    if (closed) {
      failed = true;
      await c.end().catch(() => undefined);
      return;
    }
    retryMs = firstRetryMs;
    // Rows may have been enqueued while no one listened: wake the worker once to look.
    opts.onNotify();
    opts.onListening?.();
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const c = client;
      client = undefined;
      if (c) {
        c.removeAllListeners("end");
        await c.end().catch(() => undefined);
      }
    },
  };
}
