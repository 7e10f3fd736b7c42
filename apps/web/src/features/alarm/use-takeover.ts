import { routes, type Incident, type IncidentEventType } from "@beredd/contracts";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { routeQuery } from "../../lib/query";
import { useServerMessages } from "../realtime/realtime-context";
import { useCurrentSession } from "../session/session-context";
import { pickTakeover, type Me, type Notice } from "./my-part";

/** Events after which an incident is read at once: it may concern me. */
const concerning: ReadonlySet<IncidentEventType> = new Set([
  "incident.raised",
  "participants.activated",
  "audience.added",
  "incident.scenario_switched",
  "incident.recalled",
]);

/** The signed-in person and their unit (everyone-at-the-place alarms reach people by unit). */
export function useMe(): Me {
  const { personId } = useCurrentSession();
  const person = useQuery(routeQuery(routes.people.get, { params: { id: personId } }));
  return { personId, unitId: person.data?.unitId ?? null };
}

/**
 * The incidents that may take the screen over: the active ones on start, and every one the
 * socket mentions (read at once, without waiting for the list). Scenario switches and recalls
 * are kept as notices until the person has seen them.
 */
/** The active incidents I can see (with `also`: more by id), each read in full. */
export function useActiveIncidents(also: readonly string[] = []): Incident[] {
  const active = useQuery(routeQuery(routes.incidents.list, { query: { status: "active" } }));
  const ids = [...new Set([...(active.data?.items.map((i) => i.id) ?? []), ...also])];
  return useQueries({
    queries: ids.map((id) => routeQuery(routes.incidents.get, { params: { id } })),
    combine: (results) => results.flatMap((r) => (r.data ? [r.data] : [])),
  });
}

export function useTakeover() {
  const me = useMe();
  const [mentioned, setMentioned] = useState<readonly string[]>([]);
  const [notices, setNotices] = useState<Readonly<Record<string, Notice>>>({});

  useServerMessages((message) => {
    if (message.type !== "event" || !concerning.has(message.event.type)) return;
    const { event } = message;
    setMentioned((ids) => (ids.includes(event.incidentId) ? ids : [...ids, event.incidentId]));
    if (event.type === "incident.scenario_switched")
      setNotices((n) => ({ ...n, [event.incidentId]: { kind: "switched", event } }));
    if (event.type === "incident.recalled")
      setNotices((n) => ({ ...n, [event.incidentId]: { kind: "recalled" } }));
  });

  const incidents = useActiveIncidents(mentioned);
  const dismiss = useCallback((incidentId: string) => {
    setNotices(({ [incidentId]: _seen, ...rest }) => rest);
  }, []);

  const takeover = pickTakeover(incidents, me, notices);
  return { takeover, me, dismiss };
}
