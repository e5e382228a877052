import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { z } from "zod";
import { DomainError, Overloaded, problemTypes, type DomainErrorCode, type ProblemType } from "../errors.js";

export type FieldError = { path: string; message: string };

/** An error raised by the HTTP layer itself (auth, validation, media types). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

const statusByCode: Record<DomainErrorCode, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

/** The problem type URI clients switch on (RFC 9457 `type`, relative to the API's origin). */
export const problemTypeUri = (type: ProblemType) => `/problems/${type}`;

// Errors raised without a more specific type (the HTTP layer's own, body-parser's) take their status's.
const typeByStatus: Record<number, ProblemType> = {
  400: "invalid-request",
  401: "unauthorized",
  403: "forbidden",
  404: "not-found",
  409: "conflict",
  413: "too-large",
  415: "unsupported-media-type",
  422: "unprocessable",
  429: "rate-limited",
  503: "service-unavailable",
};

const ProblemTypeUri = z
  .union(Object.entries(problemTypes).map(([type, meaning]) => z.literal(problemTypeUri(type as ProblemType)).meta({ description: meaning })))
  .meta({ id: "ProblemType", description: "Stable problem types: clients tell errors apart by this, never by `detail`." });

export const Problem = z
  .object({
    type: ProblemTypeUri,
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem" });

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function sendProblem(
  res: Response,
  status: number,
  detail: string,
  extra: { errors?: FieldError[]; title?: string; type?: ProblemType; [key: string]: unknown } = {},
): void {
  const { title, errors, type, ...rest } = extra;
  const problem = {
    type: problemTypeUri(type ?? typeByStatus[status] ?? "internal"),
    title: title ?? titles[status] ?? "Error",
    status,
    detail,
    ...(errors && errors.length ? { errors } : {}),
    ...rest,
  };
  // Tests turn this on (createApp's checkResponses): a problem that breaks its schema fails loudly.
  if (res.app?.locals.checkResponses) Problem.parse(problem);
  res.status(status).type("application/problem+json").json(problem);
}

/** Turns zod issues into `{ path, message }`, naming each unknown key on its own path. */
export function fieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...base, key].join("."), message: "unknown field" }));
    }
    return [{ path: base.join(".") || "(root)", message: issue.message }];
  });
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, 404, `no route for ${req.method} ${req.path}`);
};

/** The one place that maps errors to problem+json. Unknown errors are logged and hidden. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) return;
  if (err instanceof HttpProblem) return sendProblem(res, err.status, err.message, { title: err.title, errors: err.errors, ...err.extra });
  if (err instanceof DomainError) {
    if (err instanceof Overloaded) res.set("Retry-After", String(err.retryAfterSeconds));
    return sendProblem(res, statusByCode[err.code], err.message, { ...err.details, type: err.type });
  }
  if (err instanceof z.ZodError) return sendProblem(res, 400, "invalid request", { errors: fieldErrors(err) });
  const e = err as { type?: string; status?: number; code?: string; message?: string };
  // body-parser and multer errors carry a status or code; they are the client's fault.
  if (e.type === "entity.too.large" || e.code === "LIMIT_FILE_SIZE") return sendProblem(res, 413, "request body too large");
  if (e.type === "entity.parse.failed") return sendProblem(res, 400, "malformed JSON body", { errors: [{ path: "(body)", message: "not valid JSON" }] });
  if (e.type === "charset.unsupported" || e.type === "encoding.unsupported") return sendProblem(res, 415, e.message ?? "unsupported encoding");
  if (typeof e.code === "string" && e.code.startsWith("LIMIT_")) return sendProblem(res, 400, e.message ?? "invalid multipart body");
  if (typeof e.status === "number" && e.status >= 400 && e.status < 500) return sendProblem(res, e.status, e.message ?? "bad request");
  req.log?.error({ err }, "unhandled error");
  sendProblem(res, 500, "internal error");
};
