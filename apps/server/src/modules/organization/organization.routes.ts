import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { notFound } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";

export function registerOrganizationRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.organization.get),
    handler: async (request) => {
      const actor = requireActor(request);
      const org = await deps.db
        .selectFrom("organizations")
        .selectAll()
        .where("id", "=", actor.organizationId)
        .executeTakeFirst();
      if (!org) throw notFound("The organisation");
      return { id: org.id, name: org.name, createdAt: org.created_at };
    },
  });
}
