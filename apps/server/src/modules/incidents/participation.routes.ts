import {
  AddLogEntry,
  AnswerRequest,
  Escalate,
  IdParams,
  LogEntryParams,
  MarkLogEntry,
  ParticipationState,
  RollCallReport,
  TaskParams,
} from "@beredd/contracts";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import type { Actor } from "../../platform/auth/index.js";
import { forbidden } from "../../platform/errors.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { completeTask } from "./cards/complete-task.js";
import { escalate } from "./escalation/escalate.js";
import { addLogEntry, markLogEntry } from "./log/log-entries.js";
import { reportRollCall } from "./participation/report-roll-call.js";
import type { Response } from "./participation/respond.js";
import type { Responses } from "./participation/responses.js";

const tags = ["Incident participation"];

/** Only a person takes part in an incident; an integration cannot answer for someone. */
function responder(actor: Actor, incidentId: string, kind: Response["kind"]): Response {
  if (actor.type !== "person") throw forbidden("Only a person answers an alarm");
  return { organizationId: actor.organizationId, personId: actor.id, incidentId, kind };
}
const noContent = { 204: z.null(), ...problems(...authProblems, 404, 409) };

export function registerParticipationRoutes(app: App, deps: Deps, responses: Responses): void {
  app.post(
    "/api/v1/incidents/:id/answers",
    {
      schema: {
        tags,
        summary: "Answer the alarm: acknowledged, on my way, or cannot (idempotent)",
        params: IdParams,
        body: AnswerRequest,
        response: { 200: ParticipationState, ...problems(...authProblems, 404, 409) },
      },
    },
    async (request) =>
      responses.submit(responder(requireActor(request), request.params.id, request.body.answer)),
  );

  app.post(
    "/api/v1/incidents/:id/receipts",
    {
      schema: {
        tags,
        summary: "Confirm that this device has the alarm (notified → received)",
        params: IdParams,
        response: { 200: ParticipationState, ...problems(...authProblems, 404) },
      },
    },
    async (request) =>
      responses.submit(responder(requireActor(request), request.params.id, "received")),
  );

  app.put(
    "/api/v1/incidents/:id/tasks/:taskId/completion",
    {
      schema: {
        tags,
        summary: "Tick an action-card item (idempotent)",
        params: TaskParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await completeTask(
        deps,
        requireActor(request),
        request.params.id,
        request.params.taskId,
        true,
      );
      return reply.status(204).send(null);
    },
  );
  app.delete(
    "/api/v1/incidents/:id/tasks/:taskId/completion",
    {
      schema: {
        tags,
        summary: "Untick an action-card item",
        params: TaskParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await completeTask(
        deps,
        requireActor(request),
        request.params.id,
        request.params.taskId,
        false,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/incidents/:id/log-entries",
    {
      schema: {
        tags,
        summary: "Add a message or status update to the shared log",
        params: IdParams,
        body: AddLogEntry,
        response: { 201: z.object({ id: z.uuid() }), ...problems(...authProblems, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await addLogEntry(deps, requireActor(request), request.params.id, request.body),
      }),
  );
  app.patch(
    "/api/v1/incidents/:id/log-entries/:entryId",
    {
      schema: {
        tags,
        summary: "Mark or unmark a key entry (log keeper)",
        params: LogEntryParams,
        body: MarkLogEntry,
        response: noContent,
      },
    },
    async (request, reply) => {
      await markLogEntry(
        deps,
        requireActor(request),
        request.params.id,
        request.params.entryId,
        request.body.key,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/incidents/:id/roll-call-reports",
    {
      schema: {
        tags,
        summary: "Report safe / need help, or a count for a group",
        params: IdParams,
        body: RollCallReport,
        response: noContent,
      },
    },
    async (request, reply) => {
      await reportRollCall(deps, requireActor(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/incidents/:id/escalations",
    {
      schema: {
        tags,
        summary: "Escalate by hand: add a role or a person",
        params: IdParams,
        body: Escalate,
        response: {
          200: z.object({ activated: z.number().int() }),
          ...problems(...authProblems, 404, 409),
        },
      },
    },
    async (request) => ({
      activated: await escalate(deps, requireActor(request), request.params.id, request.body),
    }),
  );
}
