import type { Deps } from "../../deps.js";
import type { App } from "../../platform/http/index.js";
import { requireActor, resolveActor } from "./authenticate.js";

/**
 * Every API request learns who is calling before its route runs, and a route that needs a
 * signed-in caller (every route whose table entry does not say `security: []`) refuses an
 * anonymous one, or a cookie write without its CSRF token, before its input is validated: a
 * stranger learns nothing of a route's fields from its errors.
 */
export function registerAuthentication(app: App, deps: Deps): void {
  app.addHook("onRequest", async (request) => {
    if (request.url.startsWith("/api/v1/")) request.actor = await resolveActor(deps, request);
  });
  app.addHook("preValidation", (request, _reply, done) => {
    const schema = request.routeOptions.schema as { security?: readonly [] } | undefined;
    if (request.url.startsWith("/api/v1/") && schema && !schema.security) requireActor(request);
    done();
  });
}
