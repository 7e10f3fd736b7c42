import type { FieldError, Problem } from "@beredd/contracts";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, invalidField, problemType } from "../errors.js";

/** The RFC 9457 body of an error answered to the request `url` with the id `requestId`. */
export function problemBody(error: AppError, url: string, requestId: string): Problem {
  return {
    type: problemType(error.code),
    title: error.title,
    status: error.status,
    code: error.code,
    detail: error.message,
    instance: url.split("?")[0],
    requestId,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
): FastifyReply {
  if (error.retryAfterSeconds !== undefined)
    void reply.header("retry-after", String(error.retryAfterSeconds));
  return reply
    .status(error.status)
    .type("application/problem+json")
    .send(problemBody(error, request.originalUrl, String(request.id)));
}

const noRoute = (request: FastifyRequest) =>
  new AppError("not_found", `No route ${request.method} ${request.originalUrl.split("?")[0]}`);

const invalidJson = () => invalidField("body", "The body is not valid JSON", "invalid_json");

/**
 * Fastify's own client errors (bad JSON, wrong content type, huge body, a body shorter than its
 * Content-Length) keep their meaning; unmapped they would be answered as internal errors.
 */
const fastifyClientErrors: Partial<Record<string, () => AppError>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new AppError("unsupported_media_type"),
  FST_ERR_CTP_BODY_TOO_LARGE: () => new AppError("payload_too_large"),
  FST_ERR_CTP_EMPTY_JSON_BODY: invalidJson,
  FST_ERR_CTP_INVALID_JSON_BODY: invalidJson,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    invalidField(
      "headers/content-length",
      "The body's length does not match Content-Length",
      "length_mismatch",
    ),
};

function fromFastifyError(error: FastifyError): AppError | undefined {
  const mapped = error.code ? fastifyClientErrors[error.code] : undefined;
  if (mapped) return mapped();
  // @fastify/rate-limit throws a plain object with statusCode 429 and no code.
  if (error.statusCode === 429) return new AppError("rate_limited", error.message);
  return undefined;
}

/**
 * One field error per fault. zod reports unknown keys of a strict object as one issue at the
 * object's own path; each key is the field at fault, so each gets its own path.
 */
function fieldErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? "body";
  if (!hasZodFastifySchemaValidationErrors(error))
    return (error.validation ?? []).map((v) => ({
      path: `${context}${v.instancePath}`,
      message: v.message ?? "Invalid value",
      code: v.keyword,
    }));
  return error.validation.flatMap((v) => {
    const path = `${context}${v.instancePath === "/" ? "" : v.instancePath}`;
    const keys = v.keyword === "unrecognized_keys" ? (v.params.keys as string[]) : undefined;
    if (keys)
      return keys.map((key) => ({
        path: `${path}/${key}`,
        message: "Unknown field",
        code: v.keyword,
      }));
    return [
      { path, message: v.message ?? "Invalid value", code: customCode(v.params) ?? v.keyword },
    ];
  });
}

/** A refinement's own code (a text's fault, say), which says more than zod's "custom". */
function customCode(params: Record<string, unknown>): string | undefined {
  const inner = params.params as { code?: unknown } | undefined;
  return typeof inner?.code === "string" ? inner.code : undefined;
}

function validationProblem(error: FastifyError): AppError {
  const errors = fieldErrors(error);
  const first = errors[0];
  const detail = first ? `${first.path}: ${first.message}` : "The request has invalid fields";
  return new AppError("validation_failed", detail, errors);
}

/** Every error leaves as problem+json; stack traces and SQL stay in the log. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if (error.validation) return sendProblem(request, reply, validationProblem(error));
    const mapped = fromFastifyError(error);
    if (mapped) return sendProblem(request, reply, mapped);
    request.log.error({ err: error }, "unhandled error");
    return sendProblem(request, reply, new AppError("internal"));
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, noRoute(request)));
}
