import express, { type Request, type RequestHandler, type Response } from "express";
import type { z } from "zod";
import type { Principal } from "../auth/principal.js";
import { NUL_MESSAGE, nulPath } from "./nul-characters.js";
import { fieldErrors, HttpProblem } from "./problem.js";

export type Access = "public" | "admin" | "recruiter" | "candidate" | "recruiter_or_candidate";
type Method = "get" | "post" | "put" | "patch" | "delete";
type Schema = z.ZodType;

export type ResponseSpec = { description: string; schema?: Schema; contentType?: string };

export type RouteSpec<B extends Schema | undefined, Q extends Schema | undefined, P extends Schema | undefined, H extends Schema | undefined = Schema | undefined> = {
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
  /** Request headers the route reads, parsed like the body (keys lower-case, other headers pass). */
  headers?: H;
  responses: Record<number, ResponseSpec>;
  /** Middleware that runs after auth and before validation (e.g. a body parser for uploads). */
  before?: RequestHandler[];
};

type Infer<S> = S extends Schema ? z.output<S> : undefined;

export type RouteContext<B, Q, P, H = undefined> = {
  body: B;
  query: Q;
  params: P;
  headers: H;
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
  const nul = nulPath(result.data);
  if (nul) {
    const path = [...(where === "body" ? [] : [where]), ...nul].join(".") || "(root)";
    throw new HttpProblem(400, "Bad Request", `invalid ${where}`, [{ path, message: NUL_MESSAGE }]);
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

/** Throws when a route's answer is not what its spec (and so /openapi.json) declares. */
function checkDeclaredResponse(spec: RegisteredRoute, result: { status: number; body?: unknown }): void {
  const route = `${spec.method.toUpperCase()} ${spec.path}`;
  const declared = spec.responses[result.status];
  if (!declared) throw new HttpProblem(500, "Response Drift", `${route} answered ${result.status}, which its spec does not declare`);
  if (result.body === undefined) return;
  if (!declared.schema) throw new HttpProblem(500, "Response Drift", `${route} sent a ${result.status} body its spec does not declare`);
  // What the client receives is JSON: dates are strings by then.
  const sent = declared.schema.safeParse(JSON.parse(JSON.stringify(result.body)));
  if (!sent.success) {
    throw new HttpProblem(500, "Response Drift", `${route} ${result.status} does not match its declared schema`, fieldErrors(sent.error, "response"));
  }
}

/**
 * Declares routes once: the same zod schemas validate requests and generate the OpenAPI document.
 * Express 5 forwards rejected promises to the error handler, so handlers need no try/catch.
 */
export class ApiRouter {
  readonly routes: RegisteredRoute[] = [];
  readonly express = express.Router();
  private readonly jsonBody = express.json({ limit: "1mb" });

  /** `checkResponses` (tests) answers 500 when a route sends a status or body its spec does not declare. */
  constructor(private readonly opts: { publicLimiter?: RequestHandler; checkResponses?: boolean } = {}) {}

  add<
    B extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
    P extends Schema | undefined = undefined,
    H extends Schema | undefined = undefined,
  >(
    spec: RouteSpec<B, Q, P, H>,
    handler: (ctx: RouteContext<Infer<B>, Infer<Q>, Infer<P>, Infer<H>>) => Promise<RouteResult> | RouteResult,
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
        headers: parsePart(spec.headers, req.headers, "headers"),
        principal: res.locals.principal as Principal | undefined,
        req,
        res,
      };
      const result = await handler(ctx as RouteContext<Infer<B>, Infer<Q>, Infer<P>, Infer<H>>);
      if (!result || res.headersSent) return;
      if (this.opts.checkResponses) checkDeclaredResponse(spec as RegisteredRoute, result);
      if (result.headers) res.set(result.headers);
      if (result.body === undefined) res.status(result.status).end();
      else res.status(result.status).json(result.body);
    });
  }
}
