import { useEffect, useState } from "react";
import { type OutboxEntry, readEntries, readEntry, subscribeOutbox } from "./outbox";

/** One alarm of the outbox, kept current; `undefined` while it is read, `null` if unknown. */
export function useOutboxEntry(key: string): OutboxEntry | null | undefined {
  const [entry, setEntry] = useState<OutboxEntry | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = () =>
      void readEntry(key).then((next) => {
        if (live) setEntry(next ?? null);
      });
    load();
    const unsubscribe = subscribeOutbox(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [key]);
  return entry;
}

/** This person's alarms that have not reached the server yet, oldest first. */
export function useWaitingEntries(personId: string): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    let live = true;
    const load = () =>
      void readEntries().then((all) => {
        if (!live) return;
        const waiting = all.filter((e) => e.personId === personId && e.state === "queued");
        setEntries(waiting.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
      });
    load();
    const unsubscribe = subscribeOutbox(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [personId]);
  return entries;
}
