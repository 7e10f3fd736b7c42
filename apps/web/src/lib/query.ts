import type { RouteResponse, RouteSpec } from "@beredd/contracts";
import {
  QueryClient,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryKey,
} from "@tanstack/react-query";
import { api, fetchAll, type Page } from "./api";
import type { CallArgs, CallInput } from "./api-client";
import { isApiError } from "./api-error";

/** What identifies a read: the route, then its params and query. */
type KeyInput = { params?: unknown; query?: unknown } | undefined;

/**
 * The query key of a read of a route: `[path, params, query]`. Keys start with the route's path
 * so that one route's queries are found by prefix: `[path]` is every read of the route,
 * `[path, { id }]` every read of one object (TanStack Query matches keys by prefix and subset).
 */
export const routeKey = (route: RouteSpec, input?: KeyInput): QueryKey => [
  route.path,
  input?.params ?? {},
  input?.query ?? {},
];

/** Every read of these routes: for invalidation after a write, or after a realtime event. */
export const routeKeyPrefix = (route: RouteSpec, params?: object): QueryKey =>
  params ? [route.path, params] : [route.path];

/** Options for `useQuery` that read one route; `select` and the like may be added. */
export function routeQuery<R extends RouteSpec>(route: R, ...args: CallArgs<R>) {
  const input = args[0];
  return queryOptions({
    queryKey: routeKey(route, input),
    queryFn: ({ signal }) => api.call<R>(route, ...([{ ...input, signal }] as CallArgs<R>)),
  });
}

/** Options for `useQuery` that read every page of a list route (the unit tree needs them all). */
export function allPagesQuery<R extends RouteSpec>(route: R, input: CallInput<R>) {
  type Item = RouteResponse<R> extends Page<infer T> ? T : never;
  return queryOptions({
    queryKey: [...routeKey(route, input), "all"],
    queryFn: ({ signal }) =>
      fetchAll<Item>(
        (limit, offset) =>
          api.call(
            route,
            ...([
              {
                ...input,
                query: { ...(input.query as object | undefined), limit, offset },
                signal,
              },
            ] as CallArgs<R>),
          ) as Promise<Page<Item>>,
      ),
  });
}

/**
 * A write to a route; once it succeeds, every read of the routes it `invalidates` is refetched
 * (those on screen at once, the others when next shown). The write does not wait for those
 * reads: the form moves on, and the next screen shows the cache until the fresh answer arrives.
 */
export function useRouteMutation<R extends RouteSpec>(
  route: R,
  options: { invalidates: readonly RouteSpec[] },
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<R>) => api.call<R>(route, ...([input] as CallArgs<R>)),
    onSuccess: () => {
      for (const read of options.invalidates)
        void client.invalidateQueries({ queryKey: routeKeyPrefix(read) });
    },
  });
}

/** Only failures that may pass are retried: no answer, or the server's own trouble. */
function transient(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: (failures, error) => failures < 2 && transient(error) },
      mutations: { retry: false },
    },
  });
}

/** The app's one cache; cleared when the session ends so nobody sees another's data. */
export const queryClient = createQueryClient();
