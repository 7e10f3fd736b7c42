import type { IncomingMessage } from "node:http";
import { newId } from "../ids.js";

/** A request's id: the caller's X-Request-Id when it is a plain token, otherwise a new one. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : newId();
}
