import type { Deps } from "./deps.js";
import { createHttpServer, registerHealthRoutes, type App } from "./platform/http/index.js";
import type { Logger } from "./platform/logger.js";
import { registerCatalogRoutes } from "./modules/catalog/index.js";
import {
  registerApiTokenRoutes,
  registerAuthentication,
  registerSessionRoutes,
} from "./modules/identity/index.js";
import { registerOrganizationRoutes } from "./modules/organization/index.js";
import { registerPeopleRoutes } from "./modules/people/index.js";
import { registerUnitRoutes } from "./modules/units/index.js";

export const VERSION = "0.1.0";

/** Assembles the product: the HTTP platform plus every module's routes. */
export async function buildApp(deps: Deps, logger: Logger): Promise<App> {
  const app = await createHttpServer({
    logger,
    trustProxy: deps.config.trustProxy,
    secure: deps.config.publicUrl.startsWith("https://"),
    webDist: deps.config.webDist,
    version: VERSION,
  });
  registerHealthRoutes(app, deps.db);
  registerAuthentication(app, deps);
  registerSessionRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerOrganizationRoutes(app, deps);
  registerUnitRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  await app.ready();
  return app;
}
