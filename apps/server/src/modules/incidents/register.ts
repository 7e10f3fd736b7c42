import type { Deps } from "../../deps.js";
import { stillValid } from "../identity/index.js";
import type { App } from "../../platform/http/index.js";
import { startPoller, type Poller } from "../../platform/jobs/index.js";
import {
  Gateway,
  type Broadcaster,
  type StreamRules,
  type StreamSource,
} from "../../platform/realtime/index.js";
import { runDueTimers } from "./escalation/run-timers.js";
import { registerIncidentRoutes } from "./incidents.routes.js";
import { registerParticipationRoutes } from "./participation.routes.js";
import { Responses } from "./participation/responses.js";
import { unitOfPerson } from "../people/index.js";
import { incidentSubject, responseHandlers } from "./log/stream-rules.js";
import { registerStreamRoute } from "./stream.routes.js";

export interface IncidentServices {
  gateway: Gateway;
  /** Receipts and answers, from HTTP and the socket, recorded in group commits. */
  responses: Responses;
  escalation: Poller;
  stop(): Promise<void>;
}

/**
 * The incident chain: its routes, its rules on the realtime stream (who follows an incident, the
 * socket's receipts and answers), the socket itself and the escalation timer job.
 */
export function registerIncidents(
  app: App,
  deps: Deps,
  stream: { broadcaster: Broadcaster; rules: StreamRules; source: StreamSource },
): IncidentServices {
  const responses = new Responses(deps);
  stream.rules.subject(incidentSubject);
  // A person is at their unit: alarms for everyone there reach them.
  stream.rules.groups(unitOfPerson);
  for (const handler of responseHandlers(responses)) stream.rules.handle(handler);
  const gateway = new Gateway({
    source: stream.source,
    broadcaster: stream.broadcaster,
    rules: stream.rules,
    pingMs: deps.config.realtimePingMs,
    maxBufferedBytes: 4 * 1024 * 1024,
    resumeGraceMs: 5_000,
    revalidateMs: deps.config.realtimeRevalidateMs,
    stillValid: (ids) => stillValid(deps.db, ids, deps.clock.now().toISOString()),
  });
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
