/**
 * Domain errors know nothing of HTTP. Each carries a `code` (the kind of failure) and a stable `type`
 * that tells clients which error it is; the HTTP layer turns the code into a status and the type into
 * the problem `type` URI `/problems/<type>` in one place (server/http/problem.ts).
 */
export type DomainErrorCode =
  | "not_found"
  | "conflict"
  | "invalid"
  | "too_large"
  | "unsupported_media_type"
  | "unprocessable"
  | "forbidden"
  | "rate_limited"
  | "unavailable";

/**
 * Every problem type the API can answer with, and what it means. Clients switch on these, so a
 * type, once listed, keeps its name and meaning. OpenAPI lists them (components.schemas.Problem).
 */
export const problemTypes = {
  "invalid-request": "The request is malformed: `errors` names each field (body, query, path or header).",
  unauthorized: "The bearer token is missing, malformed, unknown or revoked.",
  forbidden: "The token's role may not call this endpoint.",
  "not-found": "No such resource, or not visible to the caller.",
  "too-large": "The request body is larger than the endpoint accepts.",
  "unsupported-media-type": "The request's content type or encoding is not accepted here.",
  "rate-limited": "Too many requests from this client; retry later.",
  "invalid-profile": "A candidate profile breaks a rule (dates in the future, end before start); `errors` names the fields.",
  "version-conflict": "The resource was changed since the version the request names; `currentVersion` is the version now.",
  "slug-taken": "Another organization already uses this slug.",
  "illegal-stage-transition": "The application cannot move from its current stage to the requested one; `from` and `to` name them.",
  "position-has-vacancies": "The position still has vacancies; close and delete them first.",
  "idempotency-key-in-progress": "A request with this Idempotency-Key is still running; retry when it has finished.",
  "idempotency-key-reused": "This Idempotency-Key was already used with a different request body.",
  "forbidden-requirements": "The position asks for requirements the law forbids (gender, marriage, household registration…); `flags` lists them.",
  "closing-time-passed": "The vacancy's closesAt has passed; move it to the future to publish.",
  "unknown-reference": "The body names something that does not exist for the caller (a position, a candidate token); `errors` names the field.",
  "invalid-weights": "Scoring weights name unknown criteria or count nothing.",
  "document-rejected": "The document cannot be read (too large, unsupported format, corrupt, no text…); `reason` says which.",
  conflict: "The request conflicts with the resource's current state.",
  unprocessable: "The request is well-formed but cannot be carried out.",
  "service-unavailable": "A dependency (the search engine, the document readers) cannot answer right now; retry later.",
  internal: "An unexpected error; it has been logged.",
} as const;
export type ProblemType = keyof typeof problemTypes;

const typeOfCode: Record<DomainErrorCode, ProblemType> = {
  not_found: "not-found",
  conflict: "conflict",
  invalid: "invalid-request",
  too_large: "too-large",
  unsupported_media_type: "unsupported-media-type",
  unprocessable: "unprocessable",
  forbidden: "forbidden",
  rate_limited: "rate-limited",
  unavailable: "service-unavailable",
};

export type ErrorDetails = { errors?: { path: string; message: string }[]; [key: string]: unknown };

export class DomainError extends Error {
  readonly type: ProblemType;
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
    type?: ProblemType,
  ) {
    super(message);
    this.name = new.target.name;
    this.type = type ?? typeOfCode[code];
  }
}

export class NotFound extends DomainError {
  constructor(what: string) {
    super("not_found", `${what} not found`);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, details: ErrorDetails = {}, type: ProblemType = "conflict") {
    super("conflict", message, details, type);
  }
}

export class Unprocessable extends DomainError {
  constructor(message: string, details: ErrorDetails = {}, type: ProblemType = "unprocessable") {
    super("unprocessable", message, details, type);
  }
}

export class VersionConflict extends Conflict {
  constructor(what: string, currentVersion: number) {
    super(`the ${what} was changed by someone else; reload it and try again`, { currentVersion }, "version-conflict");
  }
}

export class SlugTaken extends Conflict {
  constructor(slug: string) {
    super(`an organization with slug "${slug}" already exists`, { errors: [{ path: "slug", message: "already taken" }] }, "slug-taken");
  }
}

export class IllegalStageTransition extends Conflict {
  constructor(from: string, to: string) {
    super(`an application cannot move from ${from} to ${to}`, { from, to }, "illegal-stage-transition");
  }
}

export class UnknownReference extends Unprocessable {
  constructor(what: string, path: string, message: string) {
    super(`unknown ${what}`, { errors: [{ path, message }] }, "unknown-reference");
  }
}

/** A document that cannot be read: too large, unsupported, corrupt, or without usable text. */
export class DocumentRejected extends DomainError {
  constructor(
    code: "too_large" | "unsupported_media_type" | "unprocessable",
    message: string,
    readonly reason: string,
  ) {
    super(code, message, { reason }, "document-rejected");
  }
}

/** A dependency (e.g. the search engine) cannot answer right now; the caller may retry. */
export class ServiceUnavailable extends DomainError {
  constructor(message: string, cause?: unknown) {
    super("unavailable", message);
    if (cause !== undefined) this.cause = cause;
  }
}

/** Too much work is already waiting: this client's own (429) or everyone's (503). The caller may retry after `retryAfterSeconds`. */
export class Overloaded extends DomainError {
  constructor(
    code: "rate_limited" | "unavailable",
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}
