import {
  routes,
  type Incident,
  type IncidentEvent,
  type IncidentList,
  type IncidentEventType,
  type ServerMessage,
} from "@beredd/contracts";
import type { InvalidateQueryFilters, Query, QueryClient, QueryKey } from "@tanstack/react-query";
import type { z } from "zod";
import { routeKeyPrefix } from "./query";
import { summaryOfRaised } from "./raised-summary";

type Timeline = z.output<(typeof routes.incidents.timeline.responses)[200]>;
type IncidentPage = z.output<typeof IncidentList>;

/** Events that change what an incident list shows of it (status, severity, place, scenario). */
const summaryEvents: ReadonlySet<IncidentEventType> = new Set([
  "incident.raised",
  "incident.severity_changed",
  "incident.place_changed",
  "incident.scenario_switched",
  "incident.resolved",
  "incident.closed",
  "incident.recalled",
]);

const incidentKey = (id: string) => routeKeyPrefix(routes.incidents.get, { id });
const timelineKey = (id: string) => routeKeyPrefix(routes.incidents.timeline, { id });

/** When the reads a message makes stale are asked for again: at once, or (the app) after a frame. */
export type Later = (run: () => void) => void;
const atOnce: Later = (run) => run();

/**
 * Keeps the query cache true to the realtime stream (`/api/v1/stream`, docs/realtime.md): each
 * message the socket delivers updates or invalidates the reads it makes stale, so a screen shows
 * an alarm's progress without polling. Reads on screen refetch, the others when shown. What the
 * message says is written into the cache at once; the refetches start `later` (the app: after
 * the next frame, so an alarm is painted before their requests take the main thread).
 */
export function applyServerMessage(
  client: QueryClient,
  message: ServerMessage,
  later: Later = atOnce,
): void {
  // An event's reads are asked for when none was in flight (afterReadsInFlight): one in flight
  // by the time `later` runs started after the event, includes it, and is not cancelled. The
  // others (`restart`) may have been in flight before the message and are read again.
  const invalidate: Invalidate = (filters, restart = false) =>
    later(() => void client.invalidateQueries(filters, { cancelRefetch: restart }));
  switch (message.type) {
    case "event":
      return applyEvent(client, message.event, invalidate);
    case "recorded":
      return applyRecorded(client, message, invalidate);
    case "resync":
      // The position is lost (a new epoch): anything the stream fed may be stale, reads in
      // flight too.
      return invalidate(
        { predicate: (query) => String(query.queryKey[0]).startsWith(routes.incidents.list.path) },
        true,
      );
    case "hello":
    case "caught_up":
    case "error":
      return;
  }
}

type Invalidate = (filters: InvalidateQueryFilters, restart?: boolean) => void;

function applyEvent(client: QueryClient, event: IncidentEvent, invalidate: Invalidate): void {
  // The log is append-only: a cached timeline takes the event as it is, without a refetch.
  afterReadsInFlight(client, timelineKey(event.incidentId), (query) =>
    client.setQueryData<Timeline>(query.queryKey, (timeline) =>
      timeline && event.seq > timeline.lastSeq
        ? { ...timeline, items: [...timeline.items, event], lastSeq: event.seq }
        : timeline,
    ),
  );
  // The incident is a projection of its log: refetched, unless it already includes the event.
  afterReadsInFlight(client, incidentKey(event.incidentId), (query) => {
    if (((query.state.data as Incident | undefined)?.lastSeq ?? 0) < event.seq)
      invalidate({ queryKey: query.queryKey, exact: true });
  });
  if (summaryEvents.has(event.type))
    afterReadsInFlight(client, routeKeyPrefix(routes.incidents.list), (query) => {
      if (event.type === "incident.raised")
        client.setQueryData<IncidentPage>(query.queryKey, (list) =>
          withRaised(list, query.queryKey, event),
        );
      invalidate({ queryKey: query.queryKey, exact: true });
    });
}

/**
 * A new alarm goes to the top of the lists it belongs on as soon as the socket brings it (the
 * board shows it without waiting for the list's refetch, which then confirms it): the first
 * page of the active list, or of the unfiltered one.
 */
function withRaised(
  list: IncidentPage | undefined,
  queryKey: QueryKey,
  event: Extract<IncidentEvent, { type: "incident.raised" }>,
): IncidentPage | undefined {
  const query = (queryKey[2] ?? {}) as { status?: string; offset?: number };
  const belongs = (query.status ?? "active") === "active" && !query.offset;
  if (!list || !belongs || list.items.some((i) => i.id === event.incidentId)) return list;
  return { items: [summaryOfRaised(event), ...list.items], total: list.total + 1 };
}

/**
 * Applies `update` to every cached read under `queryKey`: now, or, for a read in flight, once it
 * has landed. That read may have been answered before the event was committed, and a refetch
 * asked for now would either join it (TanStack Query does not restart a first read, which has no
 * data yet: the event would be lost) or cancel it (under a steady stream of events a large
 * incident would never finish loading). Waiting also coalesces: events that arrive during one
 * read cause one more read, not one each.
 */
function afterReadsInFlight(
  client: QueryClient,
  queryKey: QueryKey,
  update: (query: Query) => void,
): void {
  for (const query of client.getQueryCache().findAll({ queryKey })) {
    const inFlight = query.state.fetchStatus === "fetching" ? query.promise : undefined;
    if (!inFlight) {
      update(query);
      continue;
    }
    // A read started after the event (asked for by an earlier pass) includes it already.
    const later = () => {
      if (query.state.fetchStatus !== "fetching") update(query);
    };
    inFlight.then(later, later);
  }
}

/** Our own answer is recorded: the participant's state is known at once, from the message. */
function applyRecorded(
  client: QueryClient,
  { incidentId, state }: Extract<ServerMessage, { type: "recorded" }>,
  invalidate: Invalidate,
): void {
  let known = true;
  client.setQueriesData<Incident>({ queryKey: incidentKey(incidentId) }, (incident) => {
    if (!incident) return incident;
    if (!incident.participants.some((p) => p.id === state.participantId)) {
      known = false; // A first response from the audience: the incident has a new participant.
      return incident;
    }
    return {
      ...incident,
      participants: incident.participants.map((p) =>
        p.id === state.participantId
          ? {
              ...p,
              status: state.status,
              receivedAt: state.receivedAt,
              answeredAt: state.answeredAt,
            }
          : p,
      ),
    };
  });
  if (!known) invalidate({ queryKey: incidentKey(incidentId) }, true);
}
