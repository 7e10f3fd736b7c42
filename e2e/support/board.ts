import type { Page, WebSocketRoute } from "playwright-core";
import type { ApiUser } from "./api-user.js";

interface Named {
  id: string;
  key?: string;
  name: string | { sv: string };
}
const list = async (api: ApiUser, path: string) =>
  (await api.call<{ items: Named[] }>("GET", `${path}?limit=500`)).items;

/** The ids of a demo scenario (by key) and a demo unit (by name). */
export async function demoIds(api: ApiUser, scenarioKey: string, unitName: string) {
  const scenario = (await list(api, "/api/v1/scenarios")).find((s) => s.key === scenarioKey);
  const unit = (await list(api, "/api/v1/units")).find((u) => u.name === unitName);
  if (!scenario || !unit) throw new Error(`No scenario ${scenarioKey} or unit ${unitName}`);
  return { scenarioId: scenario.id, unitId: unit.id };
}

/** Raises an alarm (or starts a drill) as `api`, at a unit, and returns the incident's id. */
export async function raise(
  api: ApiUser,
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

export const incidentOf = (api: ApiUser, id: string) =>
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
