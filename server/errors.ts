/**
 * Domain errors know nothing of HTTP. Each carries a stable `code`; the HTTP layer maps codes to
 * statuses and problem types in one place (server/http/problem.ts).
 */
export type DomainErrorCode =
  | "not_found"
  | "conflict"
  | "invalid"
  | "too_large"
  | "unsupported_media_type"
  | "unprocessable"
  | "forbidden"
  | "unavailable";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { errors?: { path: string; message: string }[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(what: string) {
    super("not_found", `${what} not found`);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, details: DomainError["details"] = {}) {
    super("conflict", message, details);
  }
}

export class Unprocessable extends DomainError {
  constructor(message: string, details: DomainError["details"] = {}) {
    super("unprocessable", message, details);
  }
}

/** A document that cannot be read: too large, unsupported, corrupt, or without usable text. */
export class DocumentRejected extends DomainError {
  constructor(
    code: "too_large" | "unsupported_media_type" | "unprocessable",
    message: string,
    readonly reason: string,
  ) {
    super(code, message, { reason });
  }
}

/** A dependency (e.g. the search engine) cannot answer right now; the caller may retry. */
export class ServiceUnavailable extends DomainError {
  constructor(message: string, cause?: unknown) {
    super("unavailable", message);
    if (cause !== undefined) this.cause = cause;
  }
}
