import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.js";

/** What a refused segment is swapped for; no real path segment looks like these. */
const markers = {
  malformed: "~malformed-escape~",
  tooLong: "~too-long~",
  control: "~control-character~",
} as const;

/** NUL and the other C0 control characters, and DEL: in no path a person or a link means. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The router refuses a path segment with a malformed %-escape or longer than `maxParamLength`,
 * and Fastify would then answer by itself, as plain JSON and without our hooks. A mangled id in a
 * link is the usual cause, so such a segment is swapped for a marker before routing: the request
 * still finds its route, and the first hook answers it with a validation problem naming the
 * parameter at fault, before anything else runs. A path that matches no route is a 404 as usual.
 */
export function markUnroutableSegments(maxParamLength: number) {
  return (request: IncomingMessage): string => {
    const url = request.url ?? "/";
    const query = url.indexOf("?");
    const path = query === -1 ? url : url.slice(0, query);
    if (!path.includes("%") && path.length <= maxParamLength && !CONTROL.test(path)) return url;
    const segments = path.split("/").map((segment) => {
      if (segment.length > maxParamLength) return markers.tooLong;
      const decoded = decode(segment);
      if (decoded === null) return markers.malformed;
      return CONTROL.test(decoded) ? markers.control : segment;
    });
    return segments.join("/") + (query === -1 ? "" : url.slice(query));
  };
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Added after the security headers (the answer carries them) and before any hook that acts on
 * the request (authentication looks up a token).
 */
export function refuseMarkedSegments(app: FastifyInstance, maxParamLength: number): void {
  const faults = new Map<string, { message: string; code: string }>([
    [
      markers.malformed,
      { message: "Not a valid URL component (malformed %-escape)", code: "invalid_url" },
    ],
    [markers.tooLong, { message: `Longer than ${maxParamLength} characters`, code: "too_big" }],
    [
      markers.control,
      { message: "Contains a control character (such as NUL)", code: "invalid_url" },
    ],
  ]);
  app.addHook("onRequest", (request, _reply, done) => {
    if (request.url === request.originalUrl) return done();
    // A wildcard ("*": the web app, the 404 handler) is no field: its route answers as usual.
    const params = Object.entries(request.params as Record<string, string>);
    const errors = params.flatMap(([name, value]) => {
      const fault = name === "*" ? undefined : faults.get(value);
      return fault ? [{ path: `params/${name}`, ...fault }] : [];
    });
    // A control character is refused wherever it is, even where a wildcard would take it (the web
    // app's files): no such path exists, and a file lookup must never see one.
    const path = request.url.split("?")[0] ?? "";
    const control = faults.get(markers.control);
    if (errors.length === 0 && control && path.split("/").includes(markers.control))
      errors.push({ path: "url", ...control });
    const first = errors[0];
    done(first && new AppError("validation_failed", `${first.path}: ${first.message}`, errors));
  });
}
