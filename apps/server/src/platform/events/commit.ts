import { inTransaction, type Db } from "../db/index.js";
import { EventLog, type StoredEvent } from "./event-log.js";

export interface CommitDeps {
  db: Db;
  clock: { now(): Date };
  /** Hands committed events to the realtime fan-out; called only after commit. */
  publish(events: StoredEvent[]): void;
  failpoint(name: string): void;
}

/**
 * The one commit path of every command that changes something: its rows and its events in one
 * transaction, then, only after the commit, the events to the fan-out, so a client never sees an
 * event that could still roll back.
 */
export async function commitWithEvents<T>(
  deps: CommitDeps,
  work: (trx: Db, log: EventLog) => Promise<T>,
): Promise<T> {
  let events: StoredEvent[] = [];
  const result = await inTransaction(deps.db, async (trx) => {
    const log = new EventLog(trx, deps.clock.now());
    const value = await work(trx, log);
    events = await log.write();
    return value;
  });
  deps.failpoint("after-commit");
  deps.publish(events);
  return result;
}
