import { Problem, type RouteSpec } from "@beredd/contracts";

type RequestPart = "params" | "querystring" | "headers" | "body";

/** The Fastify schema of a table route, typed so that handlers infer their request and reply. */
export type SchemaOf<R extends RouteSpec> = { [K in keyof R & RequestPart]: R[K] } & {
  tags: readonly string[];
  summary: string;
  description?: string;
  security?: readonly [];
  response: R["responses"] & { [S in R["problems"][number]]: typeof Problem };
};

/**
 * The method, URL and schema of a route from the contracts' table, for `app.route({
 * ...fromTable(routes.units.create), handler })`: a module supplies only the handler (and any
 * hooks or config), never its own path or schema, so it can serve nothing the client does not
 * know. The OpenAPI document is generated from the same schema.
 */
export function fromTable<const R extends RouteSpec>(route: R) {
  const problems = Object.fromEntries(route.problems.map((status) => [status, Problem]));
  const schema = {
    tags: route.tags,
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    ...(route.security === undefined ? {} : { security: route.security }),
    ...(route.params === undefined ? {} : { params: route.params }),
    ...(route.querystring === undefined ? {} : { querystring: route.querystring }),
    ...(route.headers === undefined ? {} : { headers: route.headers }),
    ...(route.body === undefined ? {} : { body: route.body }),
    response: { ...route.responses, ...problems },
  } as SchemaOf<R>;
  return { method: route.method, url: route.path, schema };
}
