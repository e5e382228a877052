import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { Authenticator } from "../auth/authenticate.js";
import { HttpProblem } from "./problem.js";

const safeRequestId = /^[A-Za-z0-9._-]{8,128}$/;

/** Request ids and access logs. Logs carry method, path and status only: no bodies, queries or headers. */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && safeRequestId.test(incoming) ? incoming : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split("?")[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : "info"),
  });
}

/** Resolves the bearer token, if any, into `res.locals.principal`. A present but invalid token is a 401. */
export function bearerAuth(authenticate: Authenticator): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new HttpProblem(401, "Unauthorized", "the Authorization header must be `Bearer <token>`");
    const principal = await authenticate(match[1]!);
    if (!principal) throw new HttpProblem(401, "Unauthorized", "unknown or revoked token");
    res.locals.principal = principal;
    next();
  };
}
