import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { forbidden, notFound } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { createUnit } from "./commands/create-unit.js";
import { updateUnit } from "./commands/update-unit.js";
import { canReadUnits } from "./units.policy.js";
import { presentUnit } from "./units.presenter.js";
import { findUnit, listUnits } from "./units.repo.js";

export function registerUnitRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.units.list),
    handler: async (request) => {
      const actor = requireActor(request);
      if (!canReadUnits(actor)) throw forbidden();
      const { rows, total } = await listUnits(deps.db, actor.organizationId, request.query);
      return { items: rows.map(presentUnit), total };
    },
  });

  app.route({
    ...fromTable(routes.units.create),
    handler: async (request, reply) =>
      reply.status(201).send(await createUnit(deps, requireActor(request), request.body)),
  });

  app.route({
    ...fromTable(routes.units.get),
    handler: async (request) => {
      const actor = requireActor(request);
      const unit = await findUnit(deps.db, actor.organizationId, request.params.id);
      if (!unit || !canReadUnits(actor)) throw notFound("The unit");
      return presentUnit(unit);
    },
  });

  app.route({
    ...fromTable(routes.units.update),
    handler: async (request) =>
      updateUnit(deps, requireActor(request), request.params.id, request.body),
  });
}
