import { ApiTokenList, CreateApiToken, CreatedApiToken, IdParams } from "@beredd/contracts";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { forbidden } from "../../platform/errors.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "./authenticate.js";
import { createApiToken } from "./commands/create-api-token.js";
import { revokeApiToken } from "./commands/revoke-api-token.js";
import { listTokens } from "./identity.repo.js";
import { canManageApiTokens } from "./identity.policy.js";
import { presentToken } from "./identity.presenter.js";

const tags = ["API tokens"];

export function registerApiTokenRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/api-tokens",
    {
      schema: {
        tags,
        summary: "List API tokens",
        response: { 200: ApiTokenList, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canManageApiTokens(actor)) throw forbidden();
      const items = (await listTokens(deps.db, actor.organizationId)).map(presentToken);
      return { items, total: items.length };
    },
  );

  app.post(
    "/api/v1/api-tokens",
    {
      schema: {
        tags,
        summary: "Create an API token (the secret is shown once)",
        body: CreateApiToken,
        response: { 201: CreatedApiToken, ...problems(...authProblems) },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(deps, requireActor(request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.delete(
    "/api/v1/api-tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke an API token",
        params: IdParams,
        response: { 204: z.null(), ...problems(...authProblems, 404) },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
