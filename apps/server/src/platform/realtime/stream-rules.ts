import type { OperandValueExpressionOrList } from "kysely";
import type { Database, Db } from "../db/index.js";
import type { StoredEvent } from "../events/index.js";
import type { Connection, DirectNote, Joins, StreamMessage } from "./types.js";

/** A subquery of subject ids, as `where subject_id in (…)` takes it. */
export type SubjectIds = OperandValueExpressionOrList<Database, "events", "subject_id">;

/**
 * What a module tells the realtime platform about its subjects: who follows them, and what one
 * of its events means beyond its audience. The platform knows no domain: incidents register
 * theirs, inspections and drills will register their own.
 */
export interface SubjectRules {
  subjectType: string;
  /** The ids of the subjects of this type a person follows now (on connect, after a move). */
  followed(db: Db, organizationId: string, personId: string): Promise<string[]>;
  /** The same as a subquery, for reading the log back for that person. */
  followedQuery(db: Db, personId: string): SubjectIds;
  /** Who starts following the event's subject, and notes to people's own sockets. */
  decorate?(event: StoredEvent): {
    joins?: Omit<Joins, "topic">;
    direct?: DirectNote[];
  } | void;
}

/** A client message a module handles; the reply (if any) goes back on the same socket. */
export interface ClientHandler {
  type: string;
  handle(connection: Connection, message: Record<string, unknown>): Promise<object | void>;
}

type GroupOf = (db: Db, organizationId: string, personId: string) => Promise<string | null>;

export const topicOf = (subject: { type: string; id: string }): string =>
  `${subject.type}:${subject.id}`;

/** The registered rules of every module, and the one way a stored event becomes a message. */
export class StreamRules {
  readonly #subjects = new Map<string, SubjectRules>();
  readonly #handlers = new Map<string, ClientHandler>();
  #groupOf: GroupOf = () => Promise.resolve(null);

  subject(rules: SubjectRules): void {
    this.#subjects.set(rules.subjectType, rules);
  }

  /** Which group (the unit) a person is at: messages for everyone there reach them. */
  groups(groupOf: GroupOf): void {
    this.#groupOf = groupOf;
  }

  groupOf(db: Db, organizationId: string, personId: string): Promise<string | null> {
    return this.#groupOf(db, organizationId, personId);
  }

  handle(handler: ClientHandler): void {
    this.#handlers.set(handler.type, handler);
  }

  get subjects(): Iterable<SubjectRules> {
    return this.#subjects.values();
  }

  handlerFor(type: string): ClientHandler | undefined {
    return this.#handlers.get(type);
  }

  toMessage(event: StoredEvent): StreamMessage {
    const topic = topicOf(event.subject);
    const extra = this.#subjects.get(event.subject.type)?.decorate?.(event) ?? {};
    return {
      organizationId: event.organizationId,
      seq: event.seq,
      topic,
      audience: event.audience,
      ...(extra.joins ? { joins: { topic, ...extra.joins } } : {}),
      ...(extra.direct?.length ? { direct: extra.direct } : {}),
      ...(event.origins ? { origins: event.origins } : {}),
      json: `{"type":"event","event":${event.body}}`,
    };
  }
}
