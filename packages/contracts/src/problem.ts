import { z } from "zod";

/** Stable machine-readable codes of every error the API returns. */
export const ProblemCode = z.enum([
  "validation_failed",
  "unauthenticated",
  "invalid_credentials",
  "csrf_failed",
  "forbidden",
  "not_found",
  "conflict",
  "gone",
  "rate_limited",
  "payload_too_large",
  "unsupported_media_type",
  "upgrade_required",
  "internal",
]);
export type ProblemCode = z.infer<typeof ProblemCode>;

export const FieldError = z.object({
  /** JSON pointer-like path to the field, e.g. "body/email" or "body/items/2/name". */
  path: z.string(),
  message: z.string(),
  code: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: ProblemCode,
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(FieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;
