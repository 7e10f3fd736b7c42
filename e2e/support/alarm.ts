import type { BrowserContext, Page } from "playwright-core";
import type { ApiUser } from "./api-user.js";

export interface DemoIds {
  scenario: (key: string) => string;
  unit: (name: string) => string;
}

export async function demoIds(user: ApiUser): Promise<DemoIds> {
  type List = { items: { id: string; key?: string; name: string | { sv: string } }[] };
  const scenarios = await user.call<List>("GET", "/api/v1/scenarios?limit=100");
  const units = await user.call<List>("GET", "/api/v1/units?limit=100");
  const find = (list: List, match: (i: List["items"][number]) => boolean, what: string) => {
    const item = list.items.find(match);
    if (!item) throw new Error(`No ${what}`);
    return item.id;
  };
  return {
    scenario: (key) => find(scenarios, (s) => s.key === key, `scenario ${key}`),
    unit: (name) => find(units, (u) => u.name === name, `unit ${name}`),
  };
}

let keys = 0;

/** Raises an alarm (or starts a drill) and says when the server answered 201. */
export async function raise(
  user: ApiUser,
  body: { scenarioId: string; unitId: string },
  drill = false,
): Promise<{ id: string; answeredAt: number }> {
  const key = `e2e-alarm-${Date.now()}-${++keys}`;
  const path = drill ? "/api/v1/drills" : "/api/v1/incidents";
  const raised = await user.call<{ id: string }>("POST", path, body, { "idempotency-key": key });
  return { id: raised.id, answeredAt: Date.now() };
}

export interface Participant {
  personId: string;
  status: string;
}
export interface IncidentView {
  participants: Participant[];
  tasks: { id: string; itemId: string; completions: { personId: string }[] }[];
  rollCall: { people: { personId: string; status: string }[] };
  log: { text: string }[];
}

/**
 * Counts, in the page, the oscillators started and the audio contexts still open, and notes
 * when each realtime message of type `incident.raised` arrived and when each takeover appeared
 * (Date.now(), the same clock as the test's), so sound and latency are measured, not guessed.
 */
export async function instrumentAlarmPage(context: BrowserContext): Promise<void> {
  // A string: the e2e project has no DOM types, and this runs in the page before the app.
  await context.addInitScript(`
    const audio = { started: 0, open: 0 };
    window.__audio = audio;
    window.__raisedAt = {};
    window.__shownAt = {};
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args) {
      audio.started += 1;
      return start.apply(this, args);
    };
    const NativeAudio = window.AudioContext;
    window.AudioContext = class extends NativeAudio {
      constructor(options) { super(options); audio.open += 1; }
      close() { audio.open -= 1; return super.close(); }
    };
    const NativeSocket = window.WebSocket;
    window.WebSocket = class extends NativeSocket {
      constructor(url, protocols) {
        super(url, protocols);
        this.addEventListener("message", (e) => {
          const m = JSON.parse(e.data);
          if (m.event?.type === "incident.raised") window.__raisedAt[m.event.incidentId] ??= Date.now();
        });
      }
    };
    new MutationObserver(() => {
      for (const d of document.querySelectorAll("dialog.takeover[open]")) {
        const id = d.dataset.incident;
        if (id) window.__shownAt[id] ??= Date.now();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  `);
}

export const audio = (page: Page) =>
  page.evaluate<{ started: number; open: number }>("window.__audio");

export const resetAudio = (page: Page) => page.evaluate("window.__audio.started = 0");

/** When the page got the raise over the socket and when it showed the takeover (ms epoch). */
export const alarmTimes = (page: Page, id: string) =>
  page.evaluate<{ raised?: number; shown?: number }>(
    `({ raised: window.__raisedAt[${JSON.stringify(id)}], shown: window.__shownAt[${JSON.stringify(id)}] })`,
  );
