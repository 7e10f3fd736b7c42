import type { APIRequestContext, Browser, Locator, Page } from "playwright-core";
import { demoPassword, demoUsers } from "./session.js";

/** Demo members who may raise alarms (organization.json): teachers at Exempelskolan. */
export const teachers = {
  johan: "johan.nilsson@exempelkommun.se",
  maria: "maria.karlsson@exempelkommun.se",
} as const;

export interface IncidentSummary {
  id: string;
  scenario: { key: string };
  drill: boolean;
  recalled: boolean;
  status: "active" | "resolved" | "closed";
  raisedAt: string;
}

/** An administrator's API session, to check what the server has, apart from the screens. */
export async function staffApi(browser: Browser, baseURL: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  const response = await context.request.post("/api/v1/session", {
    data: { email: demoUsers.admin, password: demoPassword },
  });
  if (!response.ok()) throw new Error(`Staff sign-in failed: ${response.status()}`);
  return context.request;
}

export async function incidents(api: APIRequestContext): Promise<IncidentSummary[]> {
  const response = await api.get("/api/v1/incidents?limit=200");
  return ((await response.json()) as { items: IncidentSummary[] }).items;
}

export async function incident(api: APIRequestContext, id: string) {
  const response = await api.get(`/api/v1/incidents/${id}`);
  return (await response.json()) as IncidentSummary & { raisedBy: { name: string } };
}

/** Presses and holds with a pointer (the mouse), for `ms` milliseconds, then lets go. */
export async function hold(page: Page, target: Locator, ms: number): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error("Nothing to hold");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

/** The Idempotency-Key of the raise whose status is on screen (/raise/sent/<key>). */
export const keyOf = (page: Page): string => new URL(page.url()).pathname.split("/").pop() ?? "";

// The browser side runs as source text (as axe does): the e2e project has no DOM types.
const readStored = `(key) => new Promise((resolve, reject) => {
  const open = indexedDB.open("beredd-outbox");
  open.onerror = () => reject(new Error("no outbox"));
  open.onsuccess = () => {
    const store = open.result.transaction("raises", "readwrite").objectStore("raises");
    const read = store.get(key);
    read.onsuccess = () => resolve({ store, entry: read.result });
  };
})`;

/** Makes a queued alarm look `minutes` old, as if the phone had been offline that long. */
export async function ageQueuedRaise(page: Page, key: string, minutes: number): Promise<void> {
  await page.evaluate(`(${readStored})(${JSON.stringify(key)}).then(({ store, entry }) =>
    new Promise((resolve) => {
      entry.createdAt = new Date(Date.now() - ${minutes} * 60000).toISOString();
      store.put(entry, ${JSON.stringify(key)}).onsuccess = () => resolve();
    }))`);
}

/**
 * Sends the stored alarm again as the teacher's own browser would, with its key and body,
 * straight to the API: the server must answer with the incident it already has (a replay).
 */
export function replayStoredRaise(page: Page, key: string) {
  return page.evaluate<{ status: number; replayed: string | null }>(`(async () => {
    const { entry } = await (${readStored})(${JSON.stringify(key)});
    const session = await (await fetch("/api/v1/session")).json();
    const response = await fetch("/api/v1/incidents", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-csrf-token": session.csrfToken,
        "idempotency-key": ${JSON.stringify(key)},
      },
      body: JSON.stringify(entry.body),
    });
    return { status: response.status, replayed: response.headers.get("idempotent-replayed") };
  })()`);
}

/** Text of the focused element. */
export const focusedText = (page: Page) =>
  page.evaluate<string | null>("document.activeElement && document.activeElement.textContent");

/** Another chance for the outbox to send (the app retries on focus). */
export const fireFocus = (page: Page) => page.evaluate("window.dispatchEvent(new Event('focus'))");

/**
 * Resolves and closes every active alarm and drill, as a coordinator would once it is over, so
 * the alarms one group of tests raised do not take over the screens of the next group's people.
 */
export async function endAlarms(api: APIRequestContext): Promise<void> {
  const { csrfToken } = (await (await api.get("/api/v1/session")).json()) as { csrfToken: string };
  const headers = { "x-csrf-token": csrfToken };
  const active = (await incidents(api)).filter((i) => i.status === "active");
  for (const { id } of active) {
    for (const step of ["resolution", "closure"]) {
      const response = await api.post(`/api/v1/incidents/${id}/${step}`, { headers });
      if (!response.ok()) throw new Error(`Could not end ${id} (${step}): ${response.status()}`);
    }
  }
}

/** Waits until the device has written the raise screen's reads to IndexedDB (within a second). */
export async function waitForKeptReads(page: Page): Promise<void> {
  await page.waitForFunction(`new Promise((resolve) => {
    const open = indexedDB.open("beredd-reads");
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("reads")) return resolve(false);
      const read = db.transaction("reads").objectStore("reads").get("beredd-reads");
      read.onsuccess = () => resolve(typeof read.result === "string" && read.result.includes("/api/v1/scenarios"));
      read.onerror = () => resolve(false);
    };
  })`);
}
