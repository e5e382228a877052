import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { sendProblem } from "./problem.js";

/**
 * Per-client limit on public endpoints, with the IETF `RateLimit` / `RateLimit-Policy` headers.
 * The counter lives in this process: behind N copies a client gets up to N× the limit.
 */
export function publicRateLimit(perMinute: number): RequestHandler | undefined {
  if (perMinute === 0) return undefined;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => sendProblem(res, 429, `more than ${perMinute} requests per minute; retry later`),
  });
}
