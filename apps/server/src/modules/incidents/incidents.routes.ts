import {
  IdParams,
  Incident,
  IncidentEvent,
  IncidentList,
  IncidentListQuery,
  IncidentPreview,
  PreviewQuery,
  RaiseIncident,
  RaisedIncident,
  Recall,
  Timeline,
  TimelineQuery,
  UpdateIncident,
} from "@beredd/contracts";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { loadForActor } from "./incident/access.js";
import { changeLifecycle, type Transition } from "./incident/change-lifecycle.js";
import { previewRaise } from "./incident/preview-raise.js";
import { raiseIncident } from "./incident/raise-incident.js";
import { updateIncident } from "./incident/update-incident.js";
import { presentIncident, presentSummary } from "./incident/incident.presenter.js";
import { isStaff } from "./incident/incidents.policy.js";
import { findIncident, listIncidents, timelineOf } from "./incident/incidents.repo.js";

const tags = ["Incidents"];
const IdempotencyHeaders = z.object({
  "idempotency-key": z
    .string()
    .min(8)
    .max(200)
    .optional()
    .describe("Retries with the same key never raise a second alarm"),
});

const viewerOf = (actor: ReturnType<typeof requireActor>) => ({
  staff: isStaff(actor),
  personId: actor.type === "person" ? actor.id : null,
});

export function registerIncidentRoutes(app: App, deps: Deps): void {
  const raise =
    (drill: boolean) =>
    async (
      request: FastifyRequest<{ Body: RaiseIncident; Headers: z.infer<typeof IdempotencyHeaders> }>,
      reply: FastifyReply,
    ) => {
      const result = await raiseIncident(deps, requireActor(request), request.body, {
        drill,
        idempotencyKey: request.headers["idempotency-key"],
      });
      if (result.replayed) reply.header("idempotent-replayed", "true");
      return reply
        .status(result.replayed ? 200 : 201)
        .send({ ...presentSummary(result.incident), activated: result.activated });
    };
  const raiseSchema = (summary: string) => ({
    tags,
    summary,
    headers: IdempotencyHeaders,
    body: RaiseIncident,
    response: { 200: RaisedIncident, 201: RaisedIncident, ...problems(...authProblems, 409) },
  });

  app.post(
    "/api/v1/incidents",
    { schema: raiseSchema("Raise an alarm (answers once it is on disk)") },
    raise(false),
  );
  app.post(
    "/api/v1/drills",
    {
      schema: raiseSchema(
        "Start a drill (övning): the same flow, marked as an exercise everywhere",
      ),
    },
    raise(true),
  );

  app.get(
    "/api/v1/incidents",
    {
      schema: {
        tags,
        summary: "Incidents, newest first (staff see all, others their own)",
        querystring: IncidentListQuery,
        response: { 200: IncidentList, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const viewer = viewerOf(actor);
      const rows = await listIncidents(
        deps.db,
        actor.organizationId,
        request.query,
        viewer.staff ? null : (viewer.personId ?? ""),
      );
      return { items: rows.map(presentSummary), total: rows.length };
    },
  );

  app.get(
    "/api/v1/incidents/preview",
    {
      schema: {
        tags,
        summary: "Who an alarm would reach, shown before it is confirmed (nothing is raised)",
        querystring: PreviewQuery,
        response: { 200: IncidentPreview, ...problems(...authProblems) },
      },
    },
    async (request) => previewRaise(deps, requireActor(request), request.query),
  );

  app.get(
    "/api/v1/incidents/:id",
    {
      schema: {
        tags,
        summary: "An incident: participants, action cards, roll-call, log",
        params: IdParams,
        response: { 200: Incident, ...problems(...authProblems, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { incident } = await loadForActor(deps.db, actor, request.params.id);
      return presentIncident(deps.db, incident, viewerOf(actor));
    },
  );

  app.get(
    "/api/v1/incidents/:id/timeline",
    {
      schema: {
        tags,
        summary: "The incident's event log, after a sequence number",
        params: IdParams,
        querystring: TimelineQuery,
        response: { 200: Timeline, ...problems(...authProblems, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { incident } = await loadForActor(deps.db, actor, request.params.id);
      const items = (
        await timelineOf(deps.db, incident.id, request.query.after, viewerOf(actor))
      ).map((r) => IncidentEvent.parse(JSON.parse(r.body)));
      return { items, lastSeq: items.at(-1)?.seq ?? request.query.after };
    },
  );

  app.patch(
    "/api/v1/incidents/:id",
    {
      schema: {
        tags,
        summary: "Change severity, place, or switch the scenario in flight",
        params: IdParams,
        body: UpdateIncident,
        response: { 200: Incident, ...problems(...authProblems, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateIncident(deps, actor, request.params.id, request.body);
      const incident = await findIncident(deps.db, actor.organizationId, request.params.id);
      if (!incident) throw new Error("incident vanished after update");
      return presentIncident(deps.db, incident, viewerOf(actor));
    },
  );

  const lifecycle = (
    path: string,
    summary: string,
    transition: (body: unknown) => Transition,
    body?: typeof Recall,
  ) =>
    app.post(
      `/api/v1/incidents/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: IdParams,
          ...(body ? { body } : {}),
          response: { 204: z.null(), ...problems(...authProblems, 404, 409) },
        },
      },
      async (request, reply) => {
        await changeLifecycle(
          deps,
          requireActor(request),
          request.params.id,
          transition(request.body),
        );
        return reply.status(204).send(null);
      },
    );
  lifecycle("resolution", "Mark the incident resolved", () => ({ to: "resolved" }));
  lifecycle("closure", "Close a resolved incident", () => ({ to: "closed" }));
  lifecycle(
    "recall",
    "Recall a false alarm (återkalla — fellarm): everyone reached is told at once",
    (b) => ({ to: "recalled", reason: (b as z.infer<typeof Recall>).reason }),
    Recall,
  );
}
