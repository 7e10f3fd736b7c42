import { Problem } from "@beredd/contracts";
import type { z } from "zod";
import { ApiError, codeForStatus } from "./api-error";

type Method = "GET" | "POST" | "PATCH" | "DELETE";
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Whether a 401 means "the session ended" (the default). The session check and the login
   * itself expect 401 and must not report an expired session.
   */
  reportUnauthenticated?: boolean;
}

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
  get<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.output<S>>;
  post<S extends z.ZodType>(
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<z.output<S>>;
  patch<S extends z.ZodType>(
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<z.output<S>>;
  /** A write that answers 204 No Content. */
  delete(path: string, options?: RequestOptions): Promise<void>;
  setCsrfToken(token: string | null): void;
}

const writeMethods: ReadonlySet<Method> = new Set(["POST", "PATCH", "DELETE"]);

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
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

  async function send(method: Method, path: string, opts: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (opts.body !== undefined) headers["content-type"] = "application/json";
    if (writeMethods.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    try {
      return await doFetch(buildUrl(baseUrl, path, opts.query), {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        credentials: "same-origin",
        cache: "no-store",
        signal,
      });
    } catch (error) {
      // A caller's own abort passes through untouched; it is not an error to show.
      if (opts.signal?.aborted) throw error;
      throw new ApiError(timeout.aborted ? "timeout" : "network", 0);
    }
  }

  async function request(method: Method, path: string, opts: RequestOptions): Promise<Response> {
    let response = await send(method, path, opts);
    if (response.status === 403 && writeMethods.has(method) && options.refreshCsrfToken) {
      const error = await toApiError(response.clone());
      if (error.code === "csrf_failed") {
        csrfToken = await options.refreshCsrfToken();
        response = await send(method, path, opts);
      }
    }
    if (response.ok) return response;
    const error = await toApiError(response);
    if (error.code === "unauthenticated" && opts.reportUnauthenticated !== false) {
      options.onUnauthenticated?.();
    }
    throw error;
  }

  async function parsed<S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S,
    opts: RequestOptions = {},
  ): Promise<z.output<S>> {
    const response = await request(method, path, opts);
    const result = schema.safeParse(await readJson(response));
    if (!result.success) {
      console.error(`Unexpected response from ${method} ${path}`, result.error.issues);
      throw new ApiError("invalid_response", response.status);
    }
    return result.data;
  }

  return {
    get: (path, schema, opts) => parsed("GET", path, schema, opts),
    post: (path, schema, opts) => parsed("POST", path, schema, opts),
    patch: (path, schema, opts) => parsed("PATCH", path, schema, opts),
    delete: async (path, opts = {}) => {
      await request("DELETE", path, opts);
    },
    setCsrfToken: (token) => {
      csrfToken = token;
    },
  };
}
