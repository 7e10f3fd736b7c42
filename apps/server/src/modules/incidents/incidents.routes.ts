import {
  type IdempotencyHeaders,
  IncidentEvent,
  routes,
  type RaiseIncident,
  type Recall,
} from "@beredd/contracts";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Deps } from "../../deps.js";
import { parseJson } from "../../platform/db/index.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { loadForActor } from "./incident/access.js";
import { changeLifecycle, type Transition } from "./incident/change-lifecycle.js";
import { previewRaise } from "./incident/preview-raise.js";
import { raiseIncident } from "./incident/raise-incident.js";
import type { Fallback } from "./participation/fallback.js";
import { updateIncident } from "./incident/update-incident.js";
import { presentIncident, presentSummary } from "./incident/incident.presenter.js";
import { isStaff } from "./incident/incidents.policy.js";
import { findIncident, listIncidents, timelineOf } from "./incident/incidents.repo.js";

const viewerOf = (actor: ReturnType<typeof requireActor>) => ({
  staff: isStaff(actor),
  personId: actor.type === "person" ? actor.id : null,
});

/** Raising alarms and drills, reading incidents, and changing them (severity, place, scenario, lifecycle). */
export function registerIncidentRoutes(app: App, deps: Deps): void {
  registerRaiseRoutes(app, deps);
  registerReadRoutes(app, deps);
  registerChangeRoutes(app, deps);
}

function registerRaiseRoutes(app: App, deps: Deps): void {
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
      return reply.status(result.replayed ? 200 : 201).send({
        ...presentSummary(result.incident),
        activated: result.activated,
        fallback: result.incident.fallback ? parseJson<Fallback>(result.incident.fallback) : null,
      });
    };
  app.route({ ...fromTable(routes.incidents.raise), handler: raise(false) });
  app.route({ ...fromTable(routes.incidents.startDrill), handler: raise(true) });
}

function registerReadRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.incidents.list),
    handler: async (request) => {
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
  });

  app.route({
    ...fromTable(routes.incidents.preview),
    handler: async (request) => previewRaise(deps, requireActor(request), request.query),
  });

  app.route({
    ...fromTable(routes.incidents.get),
    handler: async (request) => {
      const actor = requireActor(request);
      const { incident } = await loadForActor(deps.db, actor, request.params.id);
      return presentIncident(deps.db, incident, viewerOf(actor));
    },
  });

  app.route({
    ...fromTable(routes.incidents.timeline),
    handler: async (request) => {
      const actor = requireActor(request);
      const { incident } = await loadForActor(deps.db, actor, request.params.id);
      const { after, limit } = request.query;
      // One more than the page holds says whether another page follows.
      const rows = await timelineOf(
        deps.db,
        incident.id,
        { after, limit: limit + 1 },
        viewerOf(actor),
      );
      const items = rows.slice(0, limit).map((r) => IncidentEvent.parse(JSON.parse(r.body)));
      const lastSeq = items.at(-1)?.seq ?? after;
      return { items, lastSeq, nextAfter: rows.length > limit ? lastSeq : null };
    },
  });
}

function registerChangeRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.incidents.update),
    handler: async (request) => {
      const actor = requireActor(request);
      await updateIncident(deps, actor, request.params.id, request.body);
      const incident = await findIncident(deps.db, actor.organizationId, request.params.id);
      if (!incident) throw new Error("incident vanished after update");
      return presentIncident(deps.db, incident, viewerOf(actor));
    },
  });

  const lifecycle = (
    route:
      | typeof routes.incidents.resolve
      | typeof routes.incidents.close
      | typeof routes.incidents.recall,
    transition: (body: unknown) => Transition,
  ) =>
    app.route({
      ...fromTable(route),
      handler: async (request, reply) => {
        await changeLifecycle(
          deps,
          requireActor(request),
          request.params.id,
          transition(request.body),
        );
        return reply.status(204).send(null);
      },
    });
  lifecycle(routes.incidents.resolve, () => ({ to: "resolved" }));
  lifecycle(routes.incidents.close, () => ({ to: "closed" }));
  lifecycle(routes.incidents.recall, (b) => ({
    to: "recalled",
    reason: (b as z.infer<typeof Recall>).reason,
  }));
}
