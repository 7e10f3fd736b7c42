import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { forbidden } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "./authenticate.js";
import { createApiToken } from "./commands/create-api-token.js";
import { revokeApiToken } from "./commands/revoke-api-token.js";
import { listTokens } from "./identity.repo.js";
import { canManageApiTokens } from "./identity.policy.js";
import { presentToken } from "./identity.presenter.js";

export function registerApiTokenRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.apiTokens.list),
    handler: async (request) => {
      const actor = requireActor(request);
      if (!canManageApiTokens(actor)) throw forbidden();
      const items = (await listTokens(deps.db, actor.organizationId)).map(presentToken);
      return { items, total: items.length };
    },
  });

  app.route({
    ...fromTable(routes.apiTokens.create),
    handler: async (request, reply) => {
      const created = await createApiToken(deps, requireActor(request), request.body);
      return reply.status(201).send(created);
    },
  });

  app.route({
    ...fromTable(routes.apiTokens.revoke),
    handler: async (request, reply) => {
      await revokeApiToken(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
