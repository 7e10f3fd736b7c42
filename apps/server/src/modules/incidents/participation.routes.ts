import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import type { Actor } from "../../platform/auth/index.js";
import { forbidden } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { completeTask } from "./cards/complete-task.js";
import { escalate } from "./escalation/escalate.js";
import { addLogEntry, markLogEntry } from "./log/log-entries.js";
import { reportRollCall } from "./participation/report-roll-call.js";
import type { Response } from "./participation/respond.js";
import type { Responses } from "./participation/responses.js";

/** Only a person takes part in an incident; an integration cannot answer for someone. */
function responder(actor: Actor, incidentId: string, kind: Response["kind"]): Response {
  if (actor.type !== "person") throw forbidden("Only a person answers an alarm");
  return { organizationId: actor.organizationId, personId: actor.id, incidentId, kind };
}

export function registerParticipationRoutes(app: App, deps: Deps, responses: Responses): void {
  app.route({
    ...fromTable(routes.participation.answer),
    handler: async (request) =>
      responses.submit(responder(requireActor(request), request.params.id, request.body.answer)),
  });

  app.route({
    ...fromTable(routes.participation.receipt),
    handler: async (request) =>
      responses.submit(responder(requireActor(request), request.params.id, "received")),
  });

  app.route({
    ...fromTable(routes.participation.completeTask),
    handler: async (request, reply) => {
      await completeTask(
        deps,
        requireActor(request),
        request.params.id,
        request.params.taskId,
        true,
      );
      return reply.status(204).send(null);
    },
  });
  app.route({
    ...fromTable(routes.participation.uncompleteTask),
    handler: async (request, reply) => {
      await completeTask(
        deps,
        requireActor(request),
        request.params.id,
        request.params.taskId,
        false,
      );
      return reply.status(204).send(null);
    },
  });

  app.route({
    ...fromTable(routes.participation.addLogEntry),
    handler: async (request, reply) =>
      reply.status(201).send({
        id: await addLogEntry(deps, requireActor(request), request.params.id, request.body),
      }),
  });
  app.route({
    ...fromTable(routes.participation.markLogEntry),
    handler: async (request, reply) => {
      await markLogEntry(
        deps,
        requireActor(request),
        request.params.id,
        request.params.entryId,
        request.body.key,
      );
      return reply.status(204).send(null);
    },
  });

  app.route({
    ...fromTable(routes.participation.reportRollCall),
    handler: async (request, reply) => {
      await reportRollCall(deps, requireActor(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  });

  app.route({
    ...fromTable(routes.participation.escalate),
    handler: async (request) => ({
      activated: await escalate(deps, requireActor(request), request.params.id, request.body),
    }),
  });
}
