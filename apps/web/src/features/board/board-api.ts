import { limits, routes, type RouteResponse } from "@beredd/contracts";
import { queryOptions } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { routeKey, routeQuery } from "../../lib/query";

type Timeline = RouteResponse<typeof routes.incidents.timeline>;

/** The whole timeline: its pages one after another, as one (the socket then appends to it). */
async function wholeTimeline(id: string, signal: AbortSignal): Promise<Timeline> {
  let timeline: Timeline = { items: [], lastSeq: 0, nextAfter: 0 };
  while (timeline.nextAfter !== null) {
    const page = await api.call(routes.incidents.timeline, {
      params: { id },
      query: { after: timeline.nextAfter, limit: limits.listLimitMax },
      signal,
    });
    timeline = { ...page, items: [...timeline.items, ...page.items] };
  }
  return timeline;
}

/** The board's reads; the realtime cache keeps them true to the socket (lib/realtime-cache.ts). */
export const boardQueries = {
  list: (status: "active" | "resolved") =>
    routeQuery(routes.incidents.list, { query: { status, limit: 200 } }),
  incident: (id: string) => routeQuery(routes.incidents.get, { params: { id } }),
  timeline: (id: string) =>
    queryOptions({
      queryKey: routeKey(routes.incidents.timeline, { params: { id } }),
      queryFn: ({ signal }) => wholeTimeline(id, signal),
    }),
};

/** What steering an incident makes stale (the socket's events refresh them too). */
export const incidentReads = [routes.incidents.get, routes.incidents.list];
