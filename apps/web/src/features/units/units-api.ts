import { routes } from "@beredd/contracts";
import { allPagesQuery, routeQuery } from "../../lib/query";

/** The reads of units; writes are `useRouteMutation(routes.units.…)`. */
export const unitQueries = {
  /** Every unit, page by page: the tree needs all of them. */
  all: (includeInactive: boolean) =>
    allPagesQuery(routes.units.list, {
      query: { includeInactive: includeInactive ? "true" : "false" },
    }),
  /** One unit and the count of active ones. */
  first: () => routeQuery(routes.units.list, { query: { limit: 1 } }),
  one: (id: string) => routeQuery(routes.units.get, { params: { id } }),
};

/** What a change to a unit makes stale: the tree and the unit itself. */
export const unitReads = [routes.units.list, routes.units.get];
