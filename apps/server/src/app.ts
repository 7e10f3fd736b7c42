import type { Runtime } from "./runtime.js";
import {
  createHttpServer,
  databaseRateLimitStore,
  registerHealthRoutes,
  type App,
} from "./platform/http/index.js";
import type { Logger } from "./platform/logger.js";
import {
  registerApiTokenRoutes,
  registerAuthentication,
  registerSessionRoutes,
} from "./modules/identity/index.js";
import { registerDeliveries, type DeliveryServices } from "./modules/deliveries/index.js";
import { registerIncidents, type IncidentServices } from "./modules/incidents/index.js";
import { registerOrganizationRoutes } from "./modules/organization/index.js";
import { registerPeopleRoutes } from "./modules/people/index.js";
import { registerRoleRoutes } from "./modules/roles/index.js";
import { registerScenarioRoutes } from "./modules/scenarios/index.js";
import { registerUnitRoutes } from "./modules/units/index.js";

export const VERSION = "0.1.0";

/** Assembles the product: the HTTP platform plus every module's routes. */
export interface Product {
  app: App;
  incidents: IncidentServices;
  deliveries: DeliveryServices;
  close(): Promise<void>;
}

export async function buildApp(runtime: Runtime, logger: Logger): Promise<Product> {
  const { deps } = runtime;
  const app = await createHttpServer({
    logger,
    trustProxy: deps.config.trustProxy,
    secure: deps.config.publicUrl.startsWith("https://"),
    webDist: deps.config.webDist,
    version: VERSION,
    rateLimitStore: databaseRateLimitStore(deps.db, deps.clock),
  });
  registerHealthRoutes(app, deps.db);
  registerAuthentication(app, deps);
  registerSessionRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerOrganizationRoutes(app, deps);
  registerUnitRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerRoleRoutes(app, deps);
  registerScenarioRoutes(app, deps);
  const incidents = registerIncidents(app, deps, runtime);
  const deliveries = registerDeliveries(app, deps, {
    broadcaster: runtime.broadcaster,
    // A device showed an alarm's push: the person has it, as if the app had said so.
    onIncidentReceipt: (r) => incidents.responses.submit({ ...r, kind: "received" }),
  });
  await app.ready();
  return {
    app,
    incidents,
    deliveries,
    close: async () => {
      await deliveries.stop();
      await incidents.stop();
      await app.close();
    },
  };
}
