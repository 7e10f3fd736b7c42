import type { FieldError, Problem, ProblemCode } from "@beredd/contracts";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, problemType } from "../errors.js";

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
  return reply
    .status(error.status)
    .type("application/problem+json")
    .send(problemBody(error, request.url, String(request.id)));
}

/** Fastify's own client errors (bad JSON, wrong content type, huge body) keep their meaning. */
function fromFastifyError(error: FastifyError): AppError | undefined {
  const byCode: Partial<Record<string, ProblemCode>> = {
    FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
    FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  };
  const mapped = error.code ? byCode[error.code] : undefined;
  if (mapped) return new AppError(mapped);
  if (
    error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
    error.code === "FST_ERR_CTP_INVALID_JSON_BODY"
  )
    return new AppError("validation_failed", "The body is not valid JSON", [
      { path: "body", message: "The body is not valid JSON", code: "invalid_json" },
    ]);
  if (error.statusCode === 429) return new AppError("rate_limited", error.message);
  return undefined;
}

function validationProblem(error: FastifyError): AppError {
  const context = error.validationContext ?? "body";
  const errors: FieldError[] = hasZodFastifySchemaValidationErrors(error)
    ? error.validation.map((v) => ({
        path: `${context}${v.instancePath === "/" ? "" : v.instancePath}`,
        message: v.message ?? "Invalid value",
        code: v.keyword,
      }))
    : (error.validation ?? []).map((v) => ({
        path: `${context}${v.instancePath}`,
        message: v.message ?? "Invalid value",
        code: v.keyword,
      }));
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
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new AppError("not_found", `No route ${request.method} ${request.url.split("?")[0]}`),
    ),
  );
}
