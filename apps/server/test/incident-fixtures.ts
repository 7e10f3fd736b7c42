import type {
  Incident,
  IncidentEvent,
  Timeline,
  RaisedIncident,
  ScenarioList,
  UnitList,
} from "@beredd/contracts";
import { expect } from "vitest";
import type { Agent } from "./client.js";

/** Looks up the demo organisation's scenarios and units by key and name. */
export async function demoCatalog(agent: Agent) {
  const scenarios = (await agent.request("GET", "/api/v1/scenarios")).json<ScenarioList>().items;
  const units = (await agent.request("GET", "/api/v1/units")).json<UnitList>().items;
  return {
    scenario: (key: string) => {
      const s = scenarios.find((x) => x.key === key);
      if (!s) throw new Error(`no scenario ${key}`);
      return s;
    },
    unit: (name: string) => {
      const u = units.find((x) => x.name === name);
      if (!u) throw new Error(`no unit ${name}`);
      return u;
    },
  };
}

export async function raise(
  agent: Agent,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
  path = "/api/v1/incidents",
) {
  const res = await agent.request("POST", path, body, headers);
  expect(res.statusCode, res.body).toBeOneOf([200, 201]);
  return res.json<RaisedIncident>();
}

export async function getIncident(agent: Agent, id: string): Promise<Incident> {
  const res = await agent.request("GET", `/api/v1/incidents/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Incident>();
}

/** Every event of the incident the agent may see, page after page. */
export async function timeline(agent: Agent, id: string): Promise<IncidentEvent[]> {
  const events: IncidentEvent[] = [];
  for (let after: number | null = 0; after !== null;) {
    const page: Timeline = (
      await agent.request("GET", `/api/v1/incidents/${id}/timeline?after=${after}&limit=500`)
    ).json<Timeline>();
    events.push(...page.items);
    after = page.nextAfter;
  }
  return events;
}

/** Whether a participant holds a role in the incident. */
export const holds = (p: Incident["participants"][number], roleKey: string) =>
  p.roles.some((r) => r.roleKey === roleKey);

export const namesOf = (incident: Incident) => incident.participants.map((p) => p.name).sort();
