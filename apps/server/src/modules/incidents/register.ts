import type { Deps } from "../../deps.js";
import { AppError } from "../../platform/errors.js";
import { stillValid } from "../identity/index.js";
import type { App } from "../../platform/http/index.js";
import { startPoller, type Poller } from "../../platform/jobs/index.js";
import { Gateway, type Broadcaster } from "../../platform/realtime/index.js";
import { runDueTimers } from "./escalation/run-timers.js";
import { registerIncidentRoutes } from "./incidents.routes.js";
import { registerParticipationRoutes } from "./participation.routes.js";
import { Responses } from "./responses.js";
import { incidentStreamSource } from "./stream-source.js";
import { registerStreamRoute } from "./stream.routes.js";

export interface IncidentServices {
  gateway: Gateway;
  /** Receipts and answers, from HTTP and the socket, recorded in group commits. */
  responses: Responses;
  escalation: Poller;
  stop(): Promise<void>;
}

/** The incident chain: its routes, the realtime socket and the escalation timer job. */
export function registerIncidents(
  app: App,
  deps: Deps,
  broadcaster: Broadcaster,
): IncidentServices {
  const responses = new Responses(deps);
  const gateway = new Gateway({
    source: incidentStreamSource(deps.db),
    broadcaster,
    pingMs: deps.config.realtimePingMs,
    maxBufferedBytes: 4 * 1024 * 1024,
    resumeGraceMs: 5_000,
    revalidateMs: deps.config.realtimeRevalidateMs,
    stillValid: (ids) => stillValid(deps.db, ids, deps.clock.now().toISOString()),
    onResponse: (connection, incidentId, kind) => {
      if (!connection.personId)
        return Promise.reject(new AppError("forbidden", "Only a person answers an alarm"));
      return responses.submit(
        {
          organizationId: connection.organizationId,
          personId: connection.personId,
          incidentId,
          kind,
        },
        connection,
      );
    },
  });
  // A person's other devices learn at once that their answer is recorded.
  responses.onRecorded((r, state, origin) =>
    gateway.recorded(r.organizationId, r.personId, r.incidentId, state, origin),
  );
  registerIncidentRoutes(app, deps);
  registerParticipationRoutes(app, deps, responses);
  registerStreamRoute(app, deps, gateway);
  const escalation = startPoller(
    "escalation",
    deps.config.escalationPollMs,
    async () => {
      await runDueTimers(deps);
    },
    (name, error) => app.log.error({ err: error, job: name }, "job failed"),
  );
  return {
    gateway,
    responses,
    escalation,
    stop: async () => {
      await escalation.stop();
      gateway.close();
    },
  };
}
