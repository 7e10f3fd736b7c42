import { routes, type PeopleQuery } from "@beredd/contracts";
import type { z } from "zod";
import { allPagesQuery, routeQuery } from "../../lib/query";

type Query = z.input<typeof PeopleQuery>;

/** The reads of people; writes are `useRouteMutation(routes.people.…)`. */
export const peopleQueries = {
  page: (query: Query) => routeQuery(routes.people.list, { query }),
  all: (query: Omit<Query, "limit" | "offset">) => allPagesQuery(routes.people.list, { query }),
  one: (id: string) => routeQuery(routes.people.get, { params: { id } }),
};

/** What a change to a person makes stale: every list and the person. */
export const personReads = [routes.people.list, routes.people.get];
