import { routes } from "@beredd/contracts";
import { routeQuery } from "../../lib/query";

/** The board's reads; the realtime cache keeps them true to the socket (lib/realtime-cache.ts). */
export const boardQueries = {
  list: (status: "active" | "resolved") =>
    routeQuery(routes.incidents.list, { query: { status, limit: 200 } }),
  incident: (id: string) => routeQuery(routes.incidents.get, { params: { id } }),
  timeline: (id: string) =>
    routeQuery(routes.incidents.timeline, { params: { id }, query: { after: 0 } }),
};

/** What steering an incident makes stale (the socket's events refresh them too). */
export const incidentReads = [routes.incidents.get, routes.incidents.list];
