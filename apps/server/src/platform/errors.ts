import type { FieldError, ProblemCode } from "@beredd/contracts";

const titles: Record<ProblemCode, string> = {
  validation_failed: "The request has invalid fields",
  unauthenticated: "Sign-in required",
  invalid_credentials: "Wrong e-mail address or password",
  csrf_failed: "The request lacks a valid CSRF token",
  forbidden: "Not allowed",
  not_found: "Not found",
  conflict: "Conflicts with the current state",
  gone: "No longer available",
  rate_limited: "Too many requests",
  payload_too_large: "The request body is too large",
  unsupported_media_type: "Unsupported content type",
  upgrade_required: "This address speaks WebSocket only",
  internal: "Something went wrong on the server",
};

const statuses: Record<ProblemCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  upgrade_required: 426,
  internal: 500,
};

/**
 * An error a person or integration can act on. Commands throw these; the HTTP layer turns them
 * into RFC 9457 problem+json. Anything else is an internal error and shows no details.
 */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  /** For `rate_limited`: when to try again, in whole seconds (the Retry-After header). */
  readonly retryAfterSeconds: number | undefined;
  constructor(
    code: ProblemCode,
    detail?: string,
    errors?: FieldError[],
    retryAfterSeconds?: number,
  ) {
    super(detail ?? titles[code]);
    this.code = code;
    this.status = statuses[code];
    this.title = titles[code];
    this.errors = errors;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found`);
export const forbidden = (detail = "Your access role does not allow this") =>
  new AppError("forbidden", detail);
export const gone = (detail: string) => new AppError("gone", detail);
export const conflict = (detail: string, errors?: FieldError[]) =>
  new AppError("conflict", detail, errors);
/** Refused for now; taken again after `retryAfterMs` (rounded up to whole seconds). */
export const rateLimited = (what: string, retryAfterMs: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new AppError("rate_limited", `${what}; try again in ${seconds} s`, undefined, seconds);
};
export const invalidField = (path: string, message: string, code = "invalid") =>
  new AppError("validation_failed", message, [{ path, message, code }]);

export const problemType = (code: ProblemCode) =>
  `https://beredd.se/problems/${code.replaceAll("_", "-")}`;
