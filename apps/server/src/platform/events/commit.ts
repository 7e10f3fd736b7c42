import { recordAudit, type AuditEntry } from "../audit/index.js";
import { inTransaction, type Db } from "../db/index.js";
import { EventLog, type StoredEvent } from "./event-log.js";

export interface CommitDeps {
  db: Db;
  clock: { now(): Date };
  /** Hands committed events to the realtime fan-out; called only after commit. */
  publish(events: StoredEvent[]): void;
  /**
   * Marks events as this node's own before their transaction commits: a read of the log (for
   * other nodes' events) that meets them leaves them to `publish`, which alone knows the sockets
   * they came over. Returns the release, called once they are published or rolled back.
   */
  claim(events: StoredEvent[]): () => void;
  failpoint(name: string): void;
}

/** A command's audit entry; the commit adds when, and the events it wrote about the subject. */
export type AuditDraft = Omit<AuditEntry, "at">;

/**
 * The one commit path of every command that changes something: its rows, its events and its
 * audit entries in one transaction (docs/adr/0004), then, only after the commit, the events to the
 * fan-out, so a client never sees an event that could still roll back. A command whose work
 * turned out to change nothing (it wrote no event) leaves no audit entry either.
 */
export async function commitWithEvents<T>(
  deps: CommitDeps,
  work: (trx: Db, log: EventLog) => Promise<T>,
  // Read once the work has run: a command that learns its entries as it goes adds them here.
  audit: AuditDraft[] = [],
): Promise<T> {
  let events: StoredEvent[] = [];
  let release: () => void = () => undefined;
  try {
    const result = await inTransaction(deps.db, async (trx) => {
      const at = deps.clock.now();
      const log = new EventLog(trx, at);
      const value = await work(trx, log);
      events = await log.write();
      if (events.length === 0) return value;
      release = deps.claim(events);
      for (const entry of audit)
        await recordAudit(trx, {
          ...entry,
          at,
          data: { ...entry.data, events: seqsOf(events, entry) },
        });
      return value;
    });
    deps.failpoint("after-commit");
    deps.publish(events);
    return result;
  } finally {
    release();
  }
}

/** The sequence numbers of the events the command wrote about the entry's subject. */
const seqsOf = (events: StoredEvent[], entry: AuditDraft) =>
  events
    .filter(
      (e) =>
        e.organizationId === entry.organizationId &&
        e.subject.type === entry.subjectType &&
        e.subject.id === entry.subjectId,
    )
    .map((e) => e.seq);
