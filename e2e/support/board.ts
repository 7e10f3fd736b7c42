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
