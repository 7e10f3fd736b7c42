import type { EventActor, IncidentEvent, IncidentEventType } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { inTransaction, type Db } from "../../platform/db/index.js";
import { newId } from "../../platform/ids.js";
import type { Audience, StreamMessage } from "../../platform/realtime/index.js";

type DataOf<T extends IncidentEventType> = Extract<IncidentEvent, { type: T }>["data"];

interface Draft {
  incidentId: string;
  drill: boolean;
  type: IncidentEventType;
  audience: Audience;
  data: unknown;
}

// SQLite allows 32,766 bound values; 9 columns × 1,000 rows stays well inside on both dialects.
const INSERT_CHUNK = 1000;

/**
 * The events one command writes, collected during its transaction and written together at the
 * end: one sequence allocation for the batch, one multi-row insert per chunk.
 */
export class EventLog {
  readonly #drafts: Draft[] = [];
  constructor(
    private readonly trx: Db,
    private readonly organizationId: string,
    private readonly actor: EventActor,
    private readonly at: Date,
  ) {}

  add<T extends IncidentEventType>(
    incident: { id: string; drill: boolean },
    type: T,
    data: DataOf<T>,
    audience: Audience = { kind: "incident", incidentId: incident.id },
  ): void {
    this.#drafts.push({ incidentId: incident.id, drill: incident.drill, type, audience, data });
  }

  get size(): number {
    return this.#drafts.length;
  }

  /** Allocates the sequence numbers and writes the events; returns them ready to publish. */
  async write(): Promise<StreamMessage[]> {
    const n = this.#drafts.length;
    if (n === 0) return [];
    // Row lock on PostgreSQL until commit: sequence order is commit order, with no gaps.
    const { last_seq } = await this.trx
      .updateTable("org_streams")
      .set((eb) => ({ last_seq: eb("last_seq", "+", n) }))
      .where("organization_id", "=", this.organizationId)
      .returning("last_seq")
      .executeTakeFirstOrThrow();
    const first = Number(last_seq) - n + 1;
    const at = this.at.toISOString();
    const events = this.#drafts.map((d, i) => {
      const event = {
        seq: first + i,
        id: newId(),
        incidentId: d.incidentId,
        type: d.type,
        at,
        actor: this.actor,
        drill: d.drill,
        data: d.data,
      } as IncidentEvent;
      return { draft: d, event };
    });
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      await this.trx
        .insertInto("incident_events")
        .values(
          events.slice(i, i + INSERT_CHUNK).map(({ draft, event }) => ({
            organization_id: this.organizationId,
            seq: event.seq,
            id: event.id,
            incident_id: event.incidentId,
            type: event.type,
            audience: draft.audience.kind,
            person_id: draft.audience.kind === "person" ? draft.audience.personId : null,
            body: JSON.stringify(event),
            created_at: at,
          })),
        )
        .execute();
    }
    return events.map(({ draft, event }) => toMessage(this.organizationId, event, draft.audience));
  }
}

export function toMessage(
  organizationId: string,
  event: IncidentEvent,
  audience: Audience,
): StreamMessage {
  return {
    organizationId,
    seq: event.seq,
    audience,
    ...(event.type === "participants.activated"
      ? {
          joins: {
            incidentId: event.incidentId,
            personIds: event.data.participants.map((p) => p.personId),
          },
        }
      : {}),
    json: JSON.stringify({ type: "event", event }),
  };
}

/**
 * Runs a command's transaction with an event log, and publishes the events only after the
 * commit: a client never sees an event that could still roll back.
 */
export async function commitWithEvents<T>(
  deps: Deps,
  organizationId: string,
  actor: EventActor,
  work: (trx: Db, log: EventLog) => Promise<T>,
): Promise<T> {
  let messages: StreamMessage[] = [];
  const result = await inTransaction(deps.db, async (trx) => {
    const log = new EventLog(trx, organizationId, actor, deps.clock.now());
    const value = await work(trx, log);
    messages = await log.write();
    return value;
  });
  deps.failpoint("after-commit");
  deps.publish(messages);
  return result;
}
