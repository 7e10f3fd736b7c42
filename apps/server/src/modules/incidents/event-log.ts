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
    // Serialised once: the same text is stored and sent.
    const bodies = events.map(({ event }) => JSON.stringify(event));
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      await this.trx
        .insertInto("incident_events")
        .values(
          events.slice(i, i + INSERT_CHUNK).map(({ draft, event }, j) => ({
            organization_id: this.organizationId,
            seq: event.seq,
            id: event.id,
            incident_id: event.incidentId,
            type: event.type,
            audience: draft.audience.kind,
            person_id: draft.audience.kind === "person" ? draft.audience.personId : null,
            body: bodies[i + j] ?? "",
            created_at: at,
          })),
        )
        .execute();
    }
    return events.map(({ draft, event }, i) =>
      toMessage(this.organizationId, event, bodies[i] ?? "", draft.audience, event),
    );
  }
}

/**
 * A stored event as it travels to the sockets. `event` is the parsed body when the caller has it;
 * otherwise the body is parsed only for the events that make people join an incident.
 */
export function toMessage(
  organizationId: string,
  meta: { seq: number; incidentId: string; type: IncidentEventType },
  body: string,
  audience: Audience,
  event?: IncidentEvent,
): StreamMessage {
  const joining = meta.type === "participants.activated" || meta.type === "audience.added";
  const parsed = joining ? (event ?? (JSON.parse(body) as IncidentEvent)) : undefined;
  const joins =
    parsed?.type === "participants.activated"
      ? {
          incidentId: meta.incidentId,
          personIds: parsed.data.participants.map((p) => p.personId),
          unitIds: [],
        }
      : parsed?.type === "audience.added"
        ? { incidentId: meta.incidentId, personIds: [], unitIds: parsed.data.unitIds }
        : undefined;
  return {
    organizationId,
    seq: meta.seq,
    audience,
    ...(joins ? { joins } : {}),
    json: `{"type":"event","event":${body}}`,
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
