import express, { type Request, type RequestHandler, type Response } from "express";
import type { z } from "zod";
import type { Principal } from "../auth/principal.js";
import { fieldErrors, HttpProblem } from "./problem.js";

export type Access = "public" | "admin" | "recruiter" | "candidate" | "recruiter_or_candidate";
type Method = "get" | "post" | "put" | "patch" | "delete";
type Schema = z.ZodType;

export type ResponseSpec = { description: string; schema?: Schema; contentType?: string };

export type RouteSpec<B extends Schema | undefined, Q extends Schema | undefined, P extends Schema | undefined> = {
  method: Method;
  path: string;
  summary: string;
  tags: string[];
  access: Access;
  body?: B;
  /** Extra request content types documented for this route (e.g. text/plain, multipart uploads). */
  bodyContentTypes?: Record<string, Schema>;
  query?: Q;
  params?: P;
  headers?: Schema;
  responses: Record<number, ResponseSpec>;
  /** Middleware that runs after auth and before validation (e.g. a body parser for uploads). */
  before?: RequestHandler[];
};

type Infer<S> = S extends Schema ? z.output<S> : undefined;

export type RouteContext<B, Q, P> = {
  body: B;
  query: Q;
  params: P;
  principal: Principal | undefined;
  req: Request;
  res: Response;
};

/** What a handler returns: the status and JSON body, or nothing when it wrote the response itself. */
export type RouteResult = { status: number; body?: unknown; headers?: Record<string, string> } | void;

export type RegisteredRoute = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

function parsePart<S extends Schema | undefined>(schema: S, value: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpProblem(400, "Bad Request", `invalid ${where}`, fieldErrors(result.error, where === "body" ? undefined : where));
  }
  return result.data as Infer<S>;
}

const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
  if (hasBody && !req.is("application/json")) {
    throw new HttpProblem(415, "Unsupported Media Type", "this endpoint takes application/json");
  }
  next();
};

function checkAccess(access: Access, principal: Principal | undefined): void {
  if (access === "public") return;
  if (!principal) throw new HttpProblem(401, "Unauthorized", "a valid bearer token is required");
  const allowed =
    principal.kind === access ||
    (access === "recruiter_or_candidate" && (principal.kind === "recruiter" || principal.kind === "candidate"));
  if (!allowed) throw new HttpProblem(403, "Forbidden", `this endpoint needs a ${access.replace(/_/g, " ")} token`);
}

/**
 * Declares routes once: the same zod schemas validate requests and generate the OpenAPI document.
 * Express 5 forwards rejected promises to the error handler, so handlers need no try/catch.
 */
export class ApiRouter {
  readonly routes: RegisteredRoute[] = [];
  readonly express = express.Router();
  private readonly jsonBody = express.json({ limit: "1mb" });

  constructor(private readonly opts: { publicLimiter?: RequestHandler } = {}) {}

  add<B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
    spec: RouteSpec<B, Q, P>,
    handler: (ctx: RouteContext<Infer<B>, Infer<Q>, Infer<P>>) => Promise<RouteResult> | RouteResult,
  ): void {
    this.routes.push(spec as RegisteredRoute);
    const guard: RequestHandler = (_req, res, next) => {
      checkAccess(spec.access, res.locals.principal as Principal | undefined);
      next();
    };
    const limiter = spec.access === "public" && this.opts.publicLimiter ? [this.opts.publicLimiter] : [];
    const bodyParsers = spec.before ?? (spec.body ? [requireJson, this.jsonBody] : []);
    this.express[spec.method](spec.path, ...limiter, guard, ...bodyParsers, async (req, res) => {
      const ctx = {
        params: parsePart(spec.params, req.params, "params"),
        query: parsePart(spec.query, req.query, "query"),
        body: parsePart(spec.body, req.body ?? {}, "body"),
        principal: res.locals.principal as Principal | undefined,
        req,
        res,
      };
      const result = await handler(ctx as RouteContext<Infer<B>, Infer<Q>, Infer<P>>);
      if (!result || res.headersSent) return;
      if (result.headers) res.set(result.headers);
      if (result.body === undefined) res.status(result.status).end();
      else res.status(result.status).json(result.body);
    });
  }
}
