import { defineRoute, routes } from "@beredd/contracts";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createApiClient } from "./api-client";
import { ApiError } from "./api-error";

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(...responses: Response[]) {
  const calls: Call[] = [];
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    calls.push({ url, init: init ?? {} });
    const next = responses.shift();
    return next ? Promise.resolve(next) : Promise.reject(new TypeError("Failed to fetch"));
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

const problem = (status: number, code: string, extra: object = {}) =>
  json(status, { type: `https://beredd.se/problems/${code}`, title: code, status, code, ...extra });

const header = (call: Call | undefined, name: string) =>
  (call?.init.headers as Record<string, string> | undefined)?.[name];

const Thing = z.object({ id: z.string() });
const route = { tags: [], summary: "test", problems: [] } as const;
const things = {
  list: defineRoute({ ...route, method: "GET", path: "/api/v1/things", responses: { 200: Thing } }),
  create: defineRoute({
    ...route,
    method: "POST",
    path: "/api/v1/things",
    body: z.object({ name: z.string() }),
    responses: { 201: Thing },
  }),
  update: defineRoute({
    ...route,
    method: "PATCH",
    path: "/api/v1/things/:id",
    params: z.object({ id: z.string() }),
    body: z.object({ name: z.string() }),
    responses: { 200: Thing },
  }),
};

describe("createApiClient", () => {
  it("sends the CSRF token on writes only", async () => {
    const { fetch, calls } = fakeFetch(json(200, { id: "a" }), json(200, { id: "b" }));
    const client = createApiClient({ fetch });
    client.setCsrfToken("token-1");
    await client.call(things.list);
    await client.call(things.update, { params: { id: "b" }, body: { name: "B" } });
    expect(header(calls[0], "x-csrf-token")).toBeUndefined();
    expect(header(calls[1], "x-csrf-token")).toBe("token-1");
    expect(calls[1]?.init.body).toBe('{"name":"B"}');
    expect(calls[1]?.init.credentials).toBe("same-origin");
    expect(calls[1]?.url).toBe("/api/v1/things/b");
  });

  it("builds the path from the route's params, each an encoded segment", async () => {
    const { fetch, calls } = fakeFetch(json(200, { id: "a/b" }));
    await createApiClient({ fetch }).call(things.update, {
      params: { id: "a/b" },
      body: { name: "x" },
    });
    expect(calls[0]?.url).toBe("/api/v1/things/a%2Fb");
    expect(calls[0]?.init.method).toBe("PATCH");
  });

  it("builds query strings without empty values", async () => {
    const { fetch, calls } = fakeFetch(json(200, { items: [], total: 0 }));
    await createApiClient({ fetch }).call(routes.people.list, {
      query: {
        q: "anna lind",
        unitId: undefined,
        includeInactive: "false",
        limit: 50,
        offset: "",
      },
    });
    expect(calls[0]?.url).toBe("/api/v1/people?q=anna+lind&includeInactive=false&limit=50");
  });

  it("turns problem+json into an ApiError with field errors", async () => {
    const { fetch } = fakeFetch(
      problem(400, "validation_failed", {
        errors: [{ path: "body/email", message: "Invalid", code: "invalid_format" }],
      }),
    );
    const error = await createApiClient({ fetch })
      .call(things.create, { body: { name: "" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("validation_failed");
    expect((error as ApiError).fieldErrors).toEqual([
      { path: "email", message: "Invalid", code: "invalid_format" },
    ]);
  });

  it("falls back to the status when the error body is not a problem", async () => {
    const { fetch } = fakeFetch(new Response("<html>Bad gateway</html>", { status: 502 }));
    const error = await createApiClient({ fetch })
      .call(things.list)
      .catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("internal");
    expect((error as ApiError).status).toBe(502);
  });

  it("reads Retry-After of a rate-limited answer", async () => {
    const { fetch } = fakeFetch(problem(429, "rate_limited", {}), json(200, {}));
    const error = await createApiClient({ fetch })
      .call(things.create, { body: { name: "a" } })
      .catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("rate_limited");
    expect((error as ApiError).retryAfterSeconds).toBeNull();
    const withHeader = fakeFetch(
      new Response(JSON.stringify({ type: "x", title: "x", status: 429, code: "rate_limited" }), {
        status: 429,
        headers: { "retry-after": "42" },
      }),
    );
    const second = await createApiClient({ fetch: withHeader.fetch })
      .call(things.create, { body: { name: "a" } })
      .catch((e: unknown) => e);
    expect((second as ApiError).retryAfterSeconds).toBe(42);
  });

  it("rejects a response that does not match the route's schema for its status", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { fetch } = fakeFetch(json(200, { user: "not a session" }), json(200, { id: "a" }));
    const client = createApiClient({ fetch });
    const error = await client.call(routes.session.get).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("invalid_response");
    // A body that would fit, under a status the route does not answer with.
    const wrongStatus = await client
      .call(things.create, { body: { name: "a" } })
      .catch((e: unknown) => e);
    expect((wrongStatus as ApiError).code).toBe("invalid_response");
  });

  it("reports a network failure as such", async () => {
    const { fetch } = fakeFetch();
    const error = await createApiClient({ fetch })
      .call(things.list)
      .catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("network");
    expect((error as ApiError).status).toBe(0);
  });

  it("tells the app when the session has ended, unless asked not to", async () => {
    const onUnauthenticated = vi.fn();
    const { fetch } = fakeFetch(problem(401, "unauthenticated"), problem(401, "unauthenticated"));
    const client = createApiClient({ fetch, onUnauthenticated });
    await client.call(things.list).catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await client.call(things.list, { reportUnauthenticated: false }).catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it("refreshes the CSRF token and retries a write once after csrf_failed", async () => {
    const { fetch, calls } = fakeFetch(problem(403, "csrf_failed"), json(201, { id: "a" }));
    const client = createApiClient({ fetch, refreshCsrfToken: () => Promise.resolve("fresh") });
    client.setCsrfToken("stale");
    await expect(client.call(things.create, { body: { name: "a" } })).resolves.toEqual({
      id: "a",
    });
    expect(header(calls[0], "x-csrf-token")).toBe("stale");
    expect(header(calls[1], "x-csrf-token")).toBe("fresh");
  });

  it("does not retry other refusals", async () => {
    const refreshCsrfToken = vi.fn(() => Promise.resolve("fresh"));
    const { fetch, calls } = fakeFetch(problem(403, "forbidden"));
    const client = createApiClient({ fetch, refreshCsrfToken });
    const error = await client
      .call(things.create, { body: { name: "a" } })
      .catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("forbidden");
    expect(calls).toHaveLength(1);
    expect(refreshCsrfToken).not.toHaveBeenCalled();
  });

  it("answers a 204 delete without a body", async () => {
    const { fetch, calls } = fakeFetch(new Response(null, { status: 204 }));
    await expect(createApiClient({ fetch }).call(routes.session.delete)).resolves.toBeNull();
    expect(calls[0]?.init.method).toBe("DELETE");
  });
});
