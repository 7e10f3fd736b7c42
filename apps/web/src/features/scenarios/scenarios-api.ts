import { routes } from "@beredd/contracts";
import { routeQuery } from "../../lib/query";

/** The reads of scenario templates; writes are `useRouteMutation(routes.scenarios.…)`. */
export const scenarioQueries = {
  all: () => routeQuery(routes.scenarios.list),
  one: (id: string) => routeQuery(routes.scenarios.get, { params: { id } }),
  roles: () => routeQuery(routes.incidentRoles.list),
  preview: (scenarioId: string, unitId: string) =>
    routeQuery(routes.incidents.preview, { query: { scenarioId, unitId } }),
};

/** What a change to a template makes stale: the list, the template and who a raise would reach. */
export const scenarioReads = [
  routes.scenarios.list,
  routes.scenarios.get,
  routes.incidents.preview,
];
