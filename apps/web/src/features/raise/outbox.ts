import {
  routes,
  type LocalizedText,
  type RaiseIncident,
  type RaisedIncident,
} from "@beredd/contracts";
import { createStore, del, get, set, values } from "idb-keyval";
import { api } from "../../lib/api";
import { isApiError } from "../../lib/api-error";

/**
 * The raise outbox (issue 10, "Offline"): an alarm is written to IndexedDB with its
 * Idempotency-Key before the network is tried, and sent again with the same key until the server
 * has answered, so a lost connection never loses an alarm and a retry never raises a second one.
 */
export interface OutboxEntry {
  /** The Idempotency-Key: one per raise attempt. */
  key: string;
  drill: boolean;
  body: RaiseIncident;
  /** What the screen and the SMS fallback say about it, in the words of the moment it was raised. */
  label: { scenario: LocalizedText; unitName: string; raiserName: string };
  /** The person whose alarm it is: another person signed in on this device never sends it. */
  personId: string;
  /** Device time it was raised, and when the person last confirmed a late alarm still holds. */
  createdAt: string;
  confirmedAt: string | null;
  state: "queued" | "received" | "failed" | "discarded";
  /** The server's answer, once there is one. */
  result: RaisedIncident | null;
  failure: { status: number; code: string; detail: string | null } | null;
}

/** An alarm older than this is not sent without the person saying it is still true. */
export const STALE_AFTER_MS = 15 * 60 * 1000;
const LOCK = "beredd-raise-outbox";
export const SYNC_TAG = "beredd-raise-outbox";
const store = createStore("beredd-outbox", "raises");
const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(LOCK);
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
  channel?.postMessage("changed");
}
channel?.addEventListener("message", () => listeners.forEach((listener) => listener()));

/** Runs `listener` whenever an entry changes, in this tab or another. */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const readEntry = (key: string) => get<OutboxEntry>(key, store);
export const readEntries = () => values<OutboxEntry>(store);

async function save(entry: OutboxEntry): Promise<void> {
  await set(entry.key, entry, store);
  changed();
}

export function isStale(entry: OutboxEntry, now = Date.now()): boolean {
  return (
    entry.state === "queued" &&
    now - Date.parse(entry.confirmedAt ?? entry.createdAt) > STALE_AFTER_MS
  );
}

/** Stores the alarm first, then tries to send it at once. */
export async function enqueue(entry: OutboxEntry): Promise<void> {
  await save(entry);
  void flushOutbox(entry.personId);
}

/** The person says a late alarm is still true: it is sent now, with its original key. */
export async function confirmStale(key: string, personId: string): Promise<void> {
  const entry = await readEntry(key);
  if (entry?.state !== "queued") return;
  await save({ ...entry, confirmedAt: new Date().toISOString() });
  await flushOutbox(personId);
}

/** The person throws a queued alarm away: it is never sent. */
export async function discard(key: string): Promise<void> {
  const entry = await readEntry(key);
  if (entry?.state !== "queued") return;
  await save({ ...entry, state: "discarded" });
}

/** Answers that may pass (no network, the server's own trouble, an ended session): kept queued. */
function retryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500 || error.status === 429 || error.status === 401;
}

async function send(entry: OutboxEntry): Promise<void> {
  const route = entry.drill ? routes.incidents.startDrill : routes.incidents.raise;
  try {
    const result = await api.call(route, {
      body: entry.body,
      headers: { "idempotency-key": entry.key },
    });
    await save({ ...entry, state: "received", result, failure: null });
  } catch (error) {
    if (retryable(error)) return requestBackgroundSync();
    const status = isApiError(error) ? error.status : 0;
    const code = isApiError(error) ? error.code : "unknown";
    const detail = isApiError(error) ? (error.problem?.detail ?? null) : null;
    await save({ ...entry, state: "failed", failure: { status, code, detail } });
  }
}

/** Where the browser has Background Sync (Chromium), the service worker wakes us to retry. */
function requestBackgroundSync(): void {
  void navigator.serviceWorker?.ready
    .then((registration) => (registration as SyncRegistration).sync?.register(SYNC_TAG))
    .catch(() => undefined);
}
interface SyncRegistration extends ServiceWorkerRegistration {
  sync?: { register: (tag: string) => Promise<void> };
}

/**
 * Sends every due alarm of this person. One tab at a time (Web Locks): the others wait, then find
 * the entries already answered. A late alarm waits for the person's confirmation.
 */
export async function flushOutbox(personId: string): Promise<void> {
  const run = async () => {
    const due = (await readEntries()).filter(
      (entry) => entry.personId === personId && entry.state === "queued" && !isStale(entry),
    );
    for (const entry of due) {
      // Re-read: another tab may have sent it while this one waited for the lock.
      const current = await readEntry(entry.key);
      if (current?.state === "queued") await send(current);
    }
  };
  if (typeof navigator.locks === "undefined") return run();
  await navigator.locks.request(LOCK, run);
}

/** Answered or discarded alarms are kept a day for their status screen, then forgotten. */
export async function pruneOutbox(now = Date.now()): Promise<void> {
  for (const entry of await readEntries()) {
    if (entry.state !== "queued" && now - Date.parse(entry.createdAt) > 24 * 3600 * 1000)
      await del(entry.key, store);
  }
}
