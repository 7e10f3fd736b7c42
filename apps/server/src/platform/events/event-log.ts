import type { Db } from "../db/index.js";
import { newId } from "../ids.js";

/** Who did it: a person, an API token or the system itself. Carried by every event. */
export interface EventActor {
  type: "person" | "api_token" | "system";
  id: string | null;
  name: string;
}

/** What an event is about: an incident today; an inspection, a drill, an action tomorrow. */
export interface Subject {
  type: string;
  id: string;
}

/**
 * Who may see an event on the realtime stream: those who follow its subject, one person, or the
 * staff (who see every event of their organisation).
 */
export type Audience =
  { kind: "subject" } | { kind: "person"; personId: string } | { kind: "staff" };

export interface EventDraft {
  organizationId: string;
  actor: EventActor;
  subject: Subject;
  type: string;
  audience: Audience;
  /** The module's own fields of the event body besides seq, id, type, at, actor and data. */
  fields?: Record<string, unknown>;
  data: unknown;
}

/** An event as stored: its place in the organisation's log and its body, serialised once. */
export interface StoredEvent {
  organizationId: string;
  seq: number;
  subject: Subject;
  type: string;
  audience: Audience;
  /** The JSON body, as stored and as sent. */
  body: string;
  /** The same, parsed, when the writer has it (saves parsing it back on the committing node). */
  parsed?: unknown;
  /** Only on the node that committed: the sockets the change came over, answered already. */
  origins?: ReadonlySet<unknown>;
}

interface Pending {
  draft: EventDraft;
  origins?: ReadonlySet<unknown>;
}

// SQLite allows 32,766 bound values; 11 columns × 1,000 rows stays well inside on both dialects.
const INSERT_CHUNK = 1000;

/**
 * The events one transaction writes, collected as the command runs and written together at the
 * end: one sequence allocation per organisation, one multi-row insert per chunk. The log belongs
 * to the platform: events are keyed by their subject, every one with its actor, and every module
 * writes through it.
 */
export class EventLog {
  readonly #drafts: Pending[] = [];
  constructor(
    private readonly trx: Db,
    private readonly at: Date,
  ) {}

  add(draft: EventDraft, origins?: ReadonlySet<unknown>): void {
    this.#drafts.push(origins ? { draft, origins } : { draft });
  }

  get size(): number {
    return this.#drafts.length;
  }

  /** Allocates the sequence numbers and writes the events; returns them ready to publish. */
  async write(): Promise<StoredEvent[]> {
    const byOrg = new Map<string, Pending[]>();
    for (const d of this.#drafts) {
      const drafts = byOrg.get(d.draft.organizationId);
      if (drafts) drafts.push(d);
      else byOrg.set(d.draft.organizationId, [d]);
    }
    const stored: StoredEvent[] = [];
    for (const [org, drafts] of byOrg) stored.push(...(await this.#writeOrg(org, drafts)));
    return stored;
  }

  async #writeOrg(org: string, drafts: Pending[]): Promise<StoredEvent[]> {
    const n = drafts.length;
    // Row lock on PostgreSQL until commit: sequence order is commit order, with no gaps.
    const { last_seq } = await this.trx
      .updateTable("org_streams")
      .set((eb) => ({ last_seq: eb("last_seq", "+", n) }))
      .where("organization_id", "=", org)
      .returning("last_seq")
      .executeTakeFirstOrThrow();
    const first = Number(last_seq) - n + 1;
    const at = this.at.toISOString();
    const events = drafts.map(({ draft, origins }, i): StoredEvent => {
      const parsed = {
        seq: first + i,
        id: newId(),
        ...draft.fields,
        type: draft.type,
        at,
        actor: draft.actor,
        data: draft.data,
      };
      return {
        organizationId: org,
        seq: parsed.seq,
        subject: draft.subject,
        type: draft.type,
        audience: draft.audience,
        body: JSON.stringify(parsed),
        parsed,
        ...(origins ? { origins } : {}),
      };
    });
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      await this.trx
        .insertInto("events")
        .values(
          events.slice(i, i + INSERT_CHUNK).map((e, j) => ({
            organization_id: org,
            seq: e.seq,
            id: (e.parsed as { id: string }).id,
            subject_type: e.subject.type,
            subject_id: e.subject.id,
            type: e.type,
            actor_id: drafts[i + j]?.draft.actor.id ?? null,
            audience: e.audience.kind,
            person_id: e.audience.kind === "person" ? e.audience.personId : null,
            body: e.body,
            created_at: at,
          })),
        )
        .execute();
    }
    return events;
  }
}
