import {
  pathOf,
  Problem,
  type Method,
  type RouteSpec,
  type RouteResponse,
  type SuccessStatus,
} from "@beredd/contracts";
import type { z } from "zod";
import { ApiError, codeForStatus } from "./api-error";

type QueryValue = string | number | boolean | null | undefined;

/**
 * What a call to a route takes, inferred from the route's schemas: its path params, query, body
 * and headers as the server accepts them (the schemas' input types).
 */
export type CallInput<R extends RouteSpec> = (R extends { params: z.ZodType }
  ? { params: z.input<R["params"]> }
  : { params?: never }) &
  (R extends { querystring: z.ZodType }
    ? { query?: z.input<R["querystring"]> }
    : { query?: never }) &
  (R extends { body: z.ZodType } ? { body: z.input<R["body"]> } : { body?: never }) &
  (R extends { headers: z.ZodType } ? { headers?: z.input<R["headers"]> } : { headers?: never }) &
  CallOptions;

export interface CallOptions {
  signal?: AbortSignal;
  /**
   * Whether a 401 means "the session ended" (the default). The session check and the login
   * itself expect 401 and must not report an expired session.
   */
  reportUnauthenticated?: boolean;
}

/** A route whose call needs nothing but options takes its input as optional. */
export type CallArgs<R extends RouteSpec> =
  Record<string, never> extends Omit<CallInput<R>, keyof CallOptions>
    ? [input?: CallInput<R>]
    : [input: CallInput<R>];

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Milliseconds before a request is given up: a hung request must not hang the screen. */
  timeoutMs?: number;
  /** Called when a request answers 401 unauthenticated: the session has ended elsewhere. */
  onUnauthenticated?: () => void;
  /** Asked for a fresh CSRF token after a csrf_failed answer; the write is retried once. */
  refreshCsrfToken?: () => Promise<string | null>;
}

export interface ApiClient {
  /**
   * Calls a route of the contracts' table: the path is built from its params and the answer is
   * checked against the route's response schema for the status it came with.
   */
  call<R extends RouteSpec>(route: R, ...args: CallArgs<R>): Promise<RouteResponse<R>>;
  setCsrfToken(token: string | null): void;
}

const writeMethods: ReadonlySet<Method> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function buildUrl(baseUrl: string, path: string, query?: object) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}) as [string, QueryValue][]) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ""}`;
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get("retry-after");
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = Problem.safeParse(await readJson(response));
  const problem = parsed.success ? parsed.data : null;
  const code = problem?.code ?? codeForStatus(response.status);
  return new ApiError(code, response.status, problem, retryAfter(response));
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? "";
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 20_000;
  let csrfToken: string | null = null;

  interface Request {
    method: Method;
    path: string;
    input: CallInput<RouteSpec>;
  }

  async function send({ method, path, input }: Request): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json" };
    for (const [name, value] of Object.entries(input.headers ?? {}))
      if (typeof value === "string") headers[name] = value;
    if (input.body !== undefined) headers["content-type"] = "application/json";
    if (writeMethods.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
    try {
      return await doFetch(buildUrl(baseUrl, path, input.query), {
        method,
        headers,
        body: input.body === undefined ? undefined : JSON.stringify(input.body),
        credentials: "same-origin",
        cache: "no-store",
        signal,
      });
    } catch (error) {
      // A caller's own abort passes through untouched; it is not an error to show.
      if (input.signal?.aborted) throw error;
      throw new ApiError(timeout.aborted ? "timeout" : "network", 0);
    }
  }

  async function request(req: Request): Promise<Response> {
    let response = await send(req);
    if (response.status === 403 && writeMethods.has(req.method) && options.refreshCsrfToken) {
      const error = await toApiError(response.clone());
      if (error.code === "csrf_failed") {
        csrfToken = await options.refreshCsrfToken();
        response = await send(req);
      }
    }
    if (response.ok) return response;
    const error = await toApiError(response);
    if (error.code === "unauthenticated" && req.input.reportUnauthenticated !== false) {
      options.onUnauthenticated?.();
    }
    throw error;
  }

  async function call(route: RouteSpec, input: CallInput<RouteSpec> = {}): Promise<unknown> {
    const path = pathOf(route, input.params);
    const response = await request({ method: route.method, path, input });
    const schema = route.responses[response.status as SuccessStatus];
    // A 204 has no body; its schema (null) is checked like any other.
    const body = response.status === 204 ? null : await readJson(response);
    const result = schema?.safeParse(body);
    if (!result?.success) {
      console.error(`Unexpected ${response.status} from ${route.method} ${path}`, result?.error);
      throw new ApiError("invalid_response", response.status);
    }
    return result.data;
  }

  return {
    call: (route, ...args) => call(route, args[0]) as Promise<RouteResponse<typeof route>>,
    setCsrfToken: (token) => {
      csrfToken = token;
    },
  };
}
