import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { updateOrganization } from "./commands/update-organization.js";
import { findOrganization, presentOrganization } from "./organization.repo.js";

export function registerOrganizationRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.organization.get),
    handler: async (request) =>
      presentOrganization(await findOrganization(deps.db, requireActor(request).organizationId)),
  });

  app.route({
    ...fromTable(routes.organization.update),
    handler: async (request) => updateOrganization(deps, requireActor(request), request.body),
  });
}
