import type { Page, WebSocketRoute } from "playwright-core";
import { demoPassword } from "./session.js";

/** A signed-in person speaking HTTP to the real server, as another device would. */
export interface ApiPerson {
  personId: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Signs in through the API (cookie and CSRF token), the same way the web app does. */
export async function apiSignIn(baseUrl: string, email: string): Promise<ApiPerson> {
  const login = await fetch(`${baseUrl}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (login.status !== 201) throw new Error(`sign-in ${email}: ${login.status}`);
  const session = (await login.json()) as { csrfToken: string; personId: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return {
    personId: session.personId,
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          "x-csrf-token": session.csrfToken,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

interface Named {
  id: string;
  key?: string;
  name: string | { sv: string };
}
const list = async (api: ApiPerson, path: string) =>
  (await api.call<{ items: Named[] }>("GET", `${path}?limit=500`)).items;

/** The ids of a demo scenario (by key) and a demo unit (by name). */
export async function demoIds(api: ApiPerson, scenarioKey: string, unitName: string) {
  const scenario = (await list(api, "/api/v1/scenarios")).find((s) => s.key === scenarioKey);
  const unit = (await list(api, "/api/v1/units")).find((u) => u.name === unitName);
  if (!scenario || !unit) throw new Error(`No scenario ${scenarioKey} or unit ${unitName}`);
  return { scenarioId: scenario.id, unitId: unit.id };
}

/** Raises an alarm (or starts a drill) as `api`, at a unit, and returns the incident's id. */
export async function raise(
  api: ApiPerson,
  scenarioKey: string,
  unitName: string,
  options: { drill?: boolean; placeNote?: string } = {},
): Promise<string> {
  const ids = await demoIds(api, scenarioKey, unitName);
  const path = options.drill ? "/api/v1/drills" : "/api/v1/incidents";
  const body = { ...ids, ...(options.placeNote ? { placeNote: options.placeNote } : {}) };
  return (await api.call<{ id: string }>("POST", path, body)).id;
}

export interface IncidentView {
  participants: { id: string; personId: string; name: string }[];
  tasks: { id: string; roleKey: string; text: { sv: string }; done: boolean }[];
}

export const incidentOf = (api: ApiPerson, id: string) =>
  api.call<IncidentView>("GET", `/api/v1/incidents/${id}`);

/**
 * Proxies the page's realtime socket so a test can drop it and keep it down: `drop()` closes the
 * page's connection and refuses new ones until `restore()`; `live()` waits for `caught_up`.
 */
export async function controlRealtime(page: Page) {
  let down = false;
  let caughtUp = 0;
  const open = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();
  await page.routeWebSocket(/\/api\/v1\/stream$/, (ws) => {
    if (down) return void ws.close({ code: 1011, reason: "down" });
    const server = ws.connectToServer();
    const pair = { page: ws, server };
    open.add(pair);
    server.onMessage((message) => {
      if (String(message).includes('"caught_up"')) caughtUp += 1;
      ws.send(message);
    });
    ws.onMessage((message) => server.send(message));
    ws.onClose(() => open.delete(pair));
  });
  return {
    /** Resolves once the socket has caught up more often than `after` times. */
    live: async (after = 0) => {
      const deadline = Date.now() + 20_000;
      while (caughtUp <= after) {
        if (Date.now() > deadline) throw new Error("The realtime socket did not catch up");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return caughtUp;
    },
    drop: async () => {
      down = true;
      const pairs = [...open];
      await Promise.all(pairs.flatMap((p) => [p.page.close({ code: 1011 }), p.server.close()]));
      open.clear();
    },
    restore: () => {
      down = false;
    },
  };
}
