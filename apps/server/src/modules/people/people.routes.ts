import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { forbidden, notFound } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { createPerson } from "./commands/create-person.js";
import { endPersonSessions } from "./commands/end-person-sessions.js";
import { registerInvitationRoutes } from "./invitations.routes.js";
import { updatePerson } from "./commands/update-person.js";
import { canReadPeople } from "./people.policy.js";
import { presentPeople, presentPerson } from "./people.presenter.js";
import { findPerson, listPeople } from "./people.repo.js";

export function registerPeopleRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.people.list),
    handler: async (request) => {
      const actor = requireActor(request);
      if (!canReadPeople(actor)) throw forbidden();
      const { rows, total } = await listPeople(deps.db, actor.organizationId, request.query);
      return { items: await presentPeople(deps.db, actor.organizationId, rows), total };
    },
  });

  app.route({
    ...fromTable(routes.people.create),
    handler: async (request, reply) =>
      reply.status(201).send(await createPerson(deps, requireActor(request), request.body)),
  });

  app.route({
    ...fromTable(routes.people.get),
    handler: async (request) => {
      const actor = requireActor(request);
      const person = await findPerson(deps.db, actor.organizationId, request.params.id);
      if (!person || !canReadPeople(actor)) throw notFound("The person");
      return presentPerson(deps.db, person);
    },
  });

  app.route({
    ...fromTable(routes.people.update),
    handler: async (request) =>
      updatePerson(deps, requireActor(request), request.params.id, request.body),
  });

  app.route({
    ...fromTable(routes.session.endSessionsOfPerson),
    handler: async (request) => endPersonSessions(deps, requireActor(request), request.params.id),
  });
  registerInvitationRoutes(app, deps);
}
