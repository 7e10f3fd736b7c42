import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { notFound } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { createRole } from "./commands/create-role.js";
import { setStaffing } from "./commands/set-staffing.js";
import { updateRole } from "./commands/update-role.js";
import { presentRole, presentStaffing } from "./roles.presenter.js";
import { findRole, listRoles, staffingOf } from "./roles.repo.js";

export function registerRoleRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.incidentRoles.list),
    handler: async (request) => {
      const actor = requireActor(request);
      const items = (await listRoles(deps.db, actor.organizationId)).map(presentRole);
      return { items, total: items.length };
    },
  });

  app.route({
    ...fromTable(routes.incidentRoles.create),
    handler: async (request, reply) =>
      reply.status(201).send(await createRole(deps, requireActor(request), request.body)),
  });

  app.route({
    ...fromTable(routes.incidentRoles.update),
    handler: async (request) =>
      updateRole(deps, requireActor(request), request.params.id, request.body),
  });

  app.route({
    ...fromTable(routes.incidentRoles.staffing),
    handler: async (request) => {
      const actor = requireActor(request);
      if (!(await findRole(deps.db, actor.organizationId, request.params.id)))
        throw notFound("The incident role");
      const items = presentStaffing(
        await staffingOf(deps.db, actor.organizationId, [request.params.id]),
      );
      return { items, total: items.length };
    },
  });

  app.route({
    ...fromTable(routes.incidentRoles.setStaffing),
    handler: async (request) =>
      setStaffing(
        deps,
        requireActor(request),
        request.params.id,
        request.params.unitId,
        request.body,
      ),
  });
}
