import {
  routes,
  type Incident,
  type IncidentEvent,
  type IncidentEventType,
} from "@beredd/contracts";
import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { flushSync } from "react-dom";
import { routeKeyPrefix, routeQuery } from "../../lib/query";
import { useServerMessages } from "../realtime/realtime-context";
import { useCurrentSession } from "../session/session-context";
import { earlyIncident, type EarlyNews } from "./early-incident";
import { pickTakeover, type Me, type Notice } from "./my-part";

/** Events after which an incident is read at once: it may concern me. */
const concerning: ReadonlySet<IncidentEventType> = new Set([
  "incident.raised",
  "participants.activated",
  "audience.added",
  "incident.scenario_switched",
  "incident.recalled",
]);

const ending: ReadonlySet<IncidentEventType> = new Set([
  "incident.resolved",
  "incident.closed",
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

/** Keeps the first events of each new incident, until it has been read. */
function withNews(
  early: Readonly<Record<string, EarlyNews>>,
  event: IncidentEvent,
): Readonly<Record<string, EarlyNews>> {
  const news = early[event.incidentId];
  if (event.type === "incident.raised")
    return { ...early, [event.incidentId]: { raised: event, activated: null, audience: null } };
  if (!news) return early;
  if (event.type === "participants.activated")
    return { ...early, [event.incidentId]: { ...news, activated: event } };
  if (event.type === "audience.added")
    return { ...early, [event.incidentId]: { ...news, audience: event } };
  return early;
}

export function useTakeover() {
  const client = useQueryClient();
  const me = useMe();
  const { accessRole } = useCurrentSession();
  const staff = accessRole === "admin" || accessRole === "coordinator";
  const [mentioned, setMentioned] = useState<readonly string[]>([]);
  const [early, setEarly] = useState<Readonly<Record<string, EarlyNews>>>({});
  const [notices, setNotices] = useState<Readonly<Record<string, Notice>>>({});

  useServerMessages((message) => {
    if (message.type !== "event") return;
    const { event } = message;
    // An incident that ends moments after its raise may have been read just before it ended,
    // while its read was not yet watched (so not refetched by the cache): read it again.
    if (ending.has(event.type))
      void client.refetchQueries({
        queryKey: routeKeyPrefix(routes.incidents.get, { id: event.incidentId }),
      });
    if (!concerning.has(event.type)) return;
    // A new alarm is drawn in the task that brought it, not after whatever else is waiting.
    const now = event.type === "incident.raised" ? flushSync : (run: () => void) => run();
    now(() => {
      setMentioned((ids) => (ids.includes(event.incidentId) ? ids : [...ids, event.incidentId]));
      setEarly((news) => withNews(news, event));
    });
    if (event.type === "incident.scenario_switched")
      setNotices((n) => ({ ...n, [event.incidentId]: { kind: "switched", event } }));
    if (event.type === "incident.recalled")
      setNotices((n) => ({ ...n, [event.incidentId]: { kind: "recalled" } }));
  });

  const read = useActiveIncidents(mentioned);
  // Until an incident has been read, what its first events said of it is shown instead.
  const unread = Object.values(early).flatMap((news) =>
    read.some((i) => i.id === news.raised.incidentId) ? [] : (earlyIncident(news, me, staff) ?? []),
  );
  const dismiss = useCallback((incidentId: string) => {
    setNotices(({ [incidentId]: _seen, ...rest }) => rest);
  }, []);

  const takeover = pickTakeover([...read, ...unread], me, notices);
  return { takeover, me, dismiss };
}
