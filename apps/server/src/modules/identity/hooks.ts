import type { Deps } from "../../deps.js";
import type { App } from "../../platform/http/index.js";
import { resolveActor } from "./authenticate.js";

/** Every API request learns who is calling before its route runs. */
export function registerAuthentication(app: App, deps: Deps): void {
  app.addHook("onRequest", async (request) => {
    if (request.url.startsWith("/api/v1/")) request.actor = await resolveActor(deps, request);
  });
}
