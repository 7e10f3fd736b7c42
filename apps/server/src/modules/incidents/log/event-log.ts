import type { EventActor, IncidentEvent, IncidentEventType } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Db } from "../../../platform/db/index.js";
import {
  commitWithEvents as commit,
  type Audience,
  type EventLog,
} from "../../../platform/events/index.js";

type DataOf<T extends IncidentEventType> = Extract<IncidentEvent, { type: T }>["data"];

/** The subject type of incidents in the platform's event log. */
export const INCIDENT = "incident";

/**
 * An incident command's view of the platform's event log: typed incident events, each with the
 * incident's id and drill mark in its body (no screen can lose the mark), by one actor.
 */
export class IncidentLog {
  constructor(
    readonly events: EventLog,
    private readonly organizationId: string,
    private readonly actor: EventActor,
  ) {}

  add<T extends IncidentEventType>(
    incident: { id: string; drill: boolean },
    type: T,
    data: DataOf<T>,
    audience: Audience = { kind: "subject" },
    origins?: ReadonlySet<unknown>,
  ): void {
    this.events.add(
      {
        organizationId: this.organizationId,
        actor: this.actor,
        subject: { type: INCIDENT, id: incident.id },
        type,
        audience,
        fields: { incidentId: incident.id, drill: incident.drill },
        data,
      },
      origins,
    );
  }
}

/** What an incident command is, for its events and its audit entry. */
export interface IncidentCommand {
  organizationId: string;
  actor: EventActor;
  /** The audit trail's name for it, a verb: "incident.raise", "task.complete". */
  action: string;
  incidentId: string;
}

/** An incident command's transaction on the platform's one commit path, with its audit entry. */
export function commitWithEvents<T>(
  deps: Deps,
  command: IncidentCommand,
  work: (trx: Db, log: IncidentLog) => Promise<T>,
): Promise<T> {
  const { organizationId, actor, action, incidentId } = command;
  return commit(deps, (trx, events) => work(trx, new IncidentLog(events, organizationId, actor)), [
    { organizationId, actor, action, subjectType: INCIDENT, subjectId: incidentId },
  ]);
}
