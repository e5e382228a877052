import type { RequestHandler } from "express";
import { rateLimit, type Store } from "express-rate-limit";
import { sendProblem } from "./problem.js";

/**
 * Per-client limit on public endpoints, with the IETF `RateLimit` / `RateLimit-Policy` headers.
 * With a shared `store` every API process counts against the same limit; if the store fails, the
 * request goes through rather than failing a public page.
 */
export function publicRateLimit(perMinute: number, store?: Store): RequestHandler | undefined {
  if (perMinute === 0) return undefined;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    ...(store ? { store, passOnStoreError: true } : {}),
    handler: (_req, res) => sendProblem(res, 429, `more than ${perMinute} requests per minute; retry later`),
  });
}
