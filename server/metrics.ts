import { Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The process's Prometheus metrics, served at GET /metrics (admin only). One registry per process:
 * every app and worker in it reports into the same series, as a scrape of the process expects.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestSeconds = new Histogram({
  name: "http_request_duration_seconds",
  help: "HTTP request duration by method, route pattern and status",
  labelNames: ["method", "route", "status"] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const syncBatchRows = new Histogram({
  name: "sync_batch_rows",
  help: "Outbox rows claimed per sync batch",
  buckets: [1, 5, 10, 50, 100, 250, 500, 1000],
  registers: [metricsRegistry],
});

export const syncBatchSeconds = new Histogram({
  name: "sync_batch_duration_seconds",
  help: "Time from claiming a sync batch to completing its rows",
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

export const parseSeconds = new Histogram({
  name: "parse_duration_seconds",
  help: "Time to read positions out of one document's text",
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const outboxPendingRows = new Gauge({ name: "outbox_backlog_rows", help: "Outbox rows waiting to be synced", registers: [metricsRegistry] });
export const outboxOldestDueSeconds = new Gauge({
  name: "outbox_oldest_due_age_seconds",
  help: "How long the oldest waiting outbox row has waited since it was written, retries scheduled ahead included (0 when none waits)",
  registers: [metricsRegistry],
});
export const outboxDeadRows = new Gauge({ name: "outbox_dead_rows", help: "Outbox rows dead-lettered after too many failures", registers: [metricsRegistry] });

/** Times an async step into a histogram, whether it succeeds or throws. */
export async function timed<T>(histogram: Histogram, work: () => Promise<T>): Promise<T> {
  const stop = histogram.startTimer();
  try {
    return await work();
  } finally {
    stop();
  }
}
