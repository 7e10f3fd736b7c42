import { allRoutes, type Problem } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";

describeEachDialect("HTTP platform", (ctx) => {
  let admin: Agent;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    admin = await signIn(ctx().app, DEMO.email, DEMO.password);
  });

  it("answers liveness and readiness", async () => {
    expect((await ctx().app.inject("/healthz")).json()).toEqual({ status: "ok" });
    expect((await ctx().app.inject("/readyz")).json()).toEqual({
      status: "ready",
      checks: { database: "ok", migrations: "current" },
    });
  });

  it("turns malformed requests into problem+json naming the fault, never a stack trace", async () => {
    const cases = [
      {
        payload: "{not json",
        headers: { "content-type": "application/json" },
        status: 400,
        code: "validation_failed",
      },
      {
        payload: "name=x",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        status: 415,
        code: "unsupported_media_type",
      },
      {
        // A body cut short in transit: shorter than its Content-Length.
        payload: "{}",
        headers: { "content-type": "application/json", "content-length": "5" },
        status: 400,
        code: "validation_failed",
      },
      {
        payload: JSON.stringify({ name: "x".repeat(2_000_000) }),
        headers: { "content-type": "application/json" },
        status: 413,
        code: "payload_too_large",
      },
    ];
    for (const c of cases) {
      const res = await ctx().app.inject({
        method: "POST",
        url: "/api/v1/units",
        payload: c.payload,
        headers: {
          ...c.headers,
          cookie: `beredd_session=${admin.cookie}`,
          "x-csrf-token": admin.session.csrfToken,
        },
      });
      expect(res.statusCode).toBe(c.status);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      const problem = res.json<Problem>();
      expect(problem).toMatchObject({ status: c.status, code: c.code });
      expect(problem.type).toMatch(/^https:\/\//);
      expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it("names every bad query and path parameter", async () => {
    const res = await admin.request("GET", "/api/v1/people?limit=0&offset=-1");
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<Problem>()
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(["querystring/limit", "querystring/offset"]);
    // Not an id; a %-escape the router cannot decode; longer than the router takes.
    for (const id of ["123", "%E0%A4%A", "x".repeat(201)]) {
      const param = await admin.request("GET", `/api/v1/units/${id}`);
      expect(param.statusCode, id).toBe(400);
      expect(param.headers["content-type"], id).toContain("application/problem+json");
      expect(param.json<Problem>().errors?.[0]?.path, id).toBe("params/id");
    }
  });

  it("answers a NUL or control character in a path with a 400 problem, signed in or not", async () => {
    for (const url of ["/%00", "/api/v1/units/%00", "/people/%0a", "/%7f"]) {
      const res = await ctx().app.inject(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers["content-type"], url).toContain("application/problem+json");
      expect(res.body, url).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it("answers an unknown API path with a 404 problem", async () => {
    const res = await ctx().app.inject("/api/v1/nothing-here");
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>().code).toBe("not_found");
  });

  it("sends security headers with a strict Content-Security-Policy and request ids", async () => {
    const res = await ctx().app.inject("/healthz");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-request-id"]).toBeTruthy();
    expect((await admin.request("GET", "/api/v1/units")).headers["cache-control"]).toBe("no-store");
  });

  it("serves exactly the contracts' route table, besides the docs and the web app", () => {
    const platform = (url: string) =>
      url === "/" || url === "/*" || url === "/api/openapi.json" || url.startsWith("/api/docs");
    const served = ctx()
      .app.routeTable.filter((r) => !platform(r.url))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    const table = allRoutes()
      .map(({ route }) => `${route.method} ${route.path}`)
      .sort();
    // Both directions: a table route nobody registered, and a route registered outside the table.
    expect(table.filter((r) => !served.includes(r))).toEqual([]);
    expect(served.filter((r) => !table.includes(r))).toEqual([]);
  });

  it("publishes an OpenAPI 3.1 document of every table route, and a page rendering it", async () => {
    const doc = (await ctx().app.inject("/api/openapi.json")).json<{
      openapi: string;
      paths: Record<
        string,
        Record<string, { summary: string; responses: Record<string, unknown> }>
      >;
    }>();
    expect(doc.openapi).toBe("3.1.0");
    for (const { key, route } of allRoutes()) {
      const operation =
        doc.paths[route.path.replace(/:(\w+)/g, "{$1}")]?.[route.method.toLowerCase()];
      expect(operation?.summary, key).toBe(route.summary);
      const statuses = [...Object.keys(route.responses), ...route.problems.map(String)];
      expect(Object.keys(operation?.responses ?? {}).sort(), key).toEqual(statuses.sort());
    }
    const page = await ctx().app.inject("/api/docs/");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
  });
});
