import type { Express, RequestHandler } from "express";
import { outboxBacklog } from "../../db/outbox.repository.js";
import type { Deps } from "../deps.js";
import { httpRequestSeconds, metricsRegistry, outboxDeadRows, outboxOldestDueSeconds, outboxPendingRows } from "../metrics.js";
import { HttpProblem } from "./problem.js";

/**
 * Records every request's duration under its route pattern (never the raw path, whose ids would make
 * a series per vacancy); requests no route matched share one label.
 */
export function requestMetrics(): RequestHandler {
  return (req, res, next) => {
    const stop = httpRequestSeconds.startTimer();
    res.once("finish", () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : "unmatched";
      stop({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}

/** GET /metrics in the Prometheus text format, for the admin token only: it describes the whole service. */
export function metricsRoute(app: Express, deps: Deps): void {
  app.get("/metrics", async (_req, res) => {
    if (!res.locals.principal) throw new HttpProblem(401, "Unauthorized", "a valid bearer token is required");
    if (res.locals.principal.kind !== "admin") throw new HttpProblem(403, "Forbidden", "metrics need the admin token");
    const backlog = await outboxBacklog(deps.db, deps.now());
    outboxPendingRows.set(backlog.pending);
    outboxDeadRows.set(backlog.dead);
    outboxOldestDueSeconds.set(backlog.oldestDueSeconds);
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}
