import { z } from "zod";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Success statuses a route answers with; each has its own response schema. */
export type SuccessStatus = 200 | 201 | 204;

/** Statuses with a body of their own: the successes, and /readyz's 503 that says what failed. */
export type ResponseStatus = SuccessStatus | 503;

/** Problem (RFC 9457) statuses; every one is answered with the `Problem` schema. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 426 | 429 | 503;

/**
 * One HTTP route as both sides know it: the server registers its handler from this, the web
 * client builds its calls from it and the OpenAPI document is generated from it, so neither side
 * can serve or call a path or a shape the other does not know.
 */
export interface RouteSpec {
  method: Method;
  /** Fastify style: `/api/v1/units/:id`; every `:name` is a key of `params`. */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  params?: z.ZodType;
  querystring?: z.ZodType;
  headers?: z.ZodType;
  body?: z.ZodType;
  responses: Partial<Record<ResponseStatus, z.ZodType>>;
  /** The problems the route can answer with. */
  problems: readonly ProblemStatus[];
  /** `[]` for routes anyone may call without signing in. */
  security?: readonly [];
}

/** Keeps the literal types of a route (method, path, schemas) for both sides to infer from. */
export const defineRoute = <const R extends RouteSpec>(route: R): R => route;

/** A 204 answer: no body. */
export const NoContent = z.null();

/** The problems every authenticated route can give: bad input, not signed in, not allowed. */
export const authProblems = [400, 401, 403] as const;

/** The body type of the route's success answers (a union when it has several). */
export type RouteResponse<R extends RouteSpec> = {
  [S in keyof R["responses"] & SuccessStatus]: R["responses"][S] extends z.ZodType
    ? z.output<R["responses"][S]>
    : never;
}[keyof R["responses"] & SuccessStatus];

/** The names of a path's `:params`: `"/units/:id/staffing/:unitId"` → `"id" | "unitId"`. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path with its params filled in, each encoded as one path segment. */
export function pathOf(
  route: RouteSpec,
  params: Record<string, string | number | undefined> = {},
): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === "")
      throw new Error(`${route.method} ${route.path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
}
