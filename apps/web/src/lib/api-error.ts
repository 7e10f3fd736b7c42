import type { FieldError, Problem, ProblemCode } from "@beredd/contracts";

/** Failures that never reached the API's error handling, next to the API's own problem codes. */
export type ClientErrorCode = "network" | "timeout" | "invalid_response";
export type ApiErrorCode = ProblemCode | ClientErrorCode;

/** Every failed API call ends up as one of these, so screens handle one shape of error. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly code: ApiErrorCode,
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    readonly problem: Problem | null = null,
    /** Seconds to wait before retrying, from the Retry-After header of a 429 or 503. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? code);
  }

  /** Field errors of a validation problem, with "body/" taken off the path: "email", "unitId". */
  get fieldErrors(): FieldError[] {
    return (this.problem?.errors ?? []).map((e) => ({ ...e, path: e.path.replace(/^body\//, "") }));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Used when the server answers with an error body that is not a problem we know. */
export function codeForStatus(status: number): ProblemCode {
  if (status === 400 || status === 422) return "validation_failed";
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 410) return "gone";
  if (status === 413) return "payload_too_large";
  if (status === 415) return "unsupported_media_type";
  if (status === 429) return "rate_limited";
  return "internal";
}
