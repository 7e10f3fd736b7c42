import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { notFound } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { createScenario } from "./commands/create-scenario.js";
import { updateScenario } from "./commands/update-scenario.js";
import { presentScenario } from "./scenarios.presenter.js";
import { findScenario, listScenarios } from "./scenarios.repo.js";

export function registerScenarioRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.scenarios.list),
    handler: async (request) => {
      const actor = requireActor(request);
      const items = (await listScenarios(deps.db, actor.organizationId)).map(presentScenario);
      return { items, total: items.length };
    },
  });
  app.route({
    ...fromTable(routes.scenarios.get),
    handler: async (request) => {
      const actor = requireActor(request);
      const row = await findScenario(deps.db, actor.organizationId, request.params.id);
      if (!row) throw notFound("The scenario");
      return presentScenario(row);
    },
  });
  app.route({
    ...fromTable(routes.scenarios.create),
    handler: async (request, reply) =>
      reply.status(201).send(await createScenario(deps, requireActor(request), request.body)),
  });
  app.route({
    ...fromTable(routes.scenarios.update),
    handler: async (request) =>
      updateScenario(deps, requireActor(request), request.params.id, request.body),
  });
}
