import { allRoutes, type Problem, type RouteSpec } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";

/** Every route that needs a signed-in caller, with its path parameters filled in badly. */
const protectedRoutes = allRoutes()
  .map((r) => r.route)
  .filter((r) => r.security === undefined && r.path !== "/api/v1/stream");
const badPath = (r: RouteSpec) => r.path.replace(/:\w+/g, "not-an-id");
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

describeEachDialect("who is calling is known before what is sent", (ctx) => {
  let anna: Agent;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
  });

  it("answers an anonymous call to any protected route 401, not a list of its fields", async () => {
    expect(protectedRoutes.length).toBeGreaterThan(20);
    for (const route of protectedRoutes) {
      const res = await ctx().app.inject({
        method: route.method,
        url: `${badPath(route)}?limit=-1`,
        ...(WRITES.has(route.method) ? { payload: { unknown: true } } : {}),
      });
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(401);
      const problem = res.json<Problem>();
      expect(problem.code).toBe("unauthenticated");
      expect(problem.errors).toBeUndefined();
    }
  });

  it("refuses a cookie write without its CSRF token before looking at the body", async () => {
    for (const route of protectedRoutes.filter((r) => WRITES.has(r.method))) {
      const res = await anna.request(
        route.method,
        badPath(route),
        { unknown: true },
        {
          "x-csrf-token": "",
        },
      );
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(403);
      expect(res.json<Problem>().code).toBe("csrf_failed");
    }
  });
});
