import { routes } from "@beredd/contracts";
import { routeQuery } from "../../lib/query";

/** The reads of incident roles; writes are `useRouteMutation(routes.incidentRoles.…)`. */
export const roleQueries = {
  all: () => routeQuery(routes.incidentRoles.list),
  staffing: (id: string) => routeQuery(routes.incidentRoles.staffing, { params: { id } }),
};

/** What a change to a role makes stale: the list and the people who show their roles. */
export const roleReads = [routes.incidentRoles.list, routes.people.list, routes.people.get];

/** What a change to a role's staffing makes stale: its staffing and each person's roles. */
export const staffingReads = [routes.incidentRoles.staffing, routes.people.list, routes.people.get];
