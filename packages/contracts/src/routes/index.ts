import type { RouteSpec } from "../route.js";
import { apiTokens } from "./api-tokens.routes.js";
import { devices } from "./devices.routes.js";
import { incidentRoles } from "./incident-roles.routes.js";
import { incidents } from "./incidents.routes.js";
import { invitations } from "./invitations.routes.js";
import { operations } from "./operations.routes.js";
import { organization } from "./organization.routes.js";
import { participation } from "./participation.routes.js";
import { people } from "./people.routes.js";
import { scenarios } from "./scenarios.routes.js";
import { session } from "./session.routes.js";
import { stream } from "./stream.routes.js";
import { units } from "./units.routes.js";

export { IdempotencyHeaders } from "./incidents.routes.js";
export { StaffingParams } from "./incident-roles.routes.js";

/**
 * Every HTTP route of the API, by resource. The server registers each handler by its key here
 * (`routes.units.create`) and the web client calls by it, so the two cannot disagree on a path
 * or a shape; the OpenAPI document is generated from the same entries.
 */
export const routes = {
  operations,
  session,
  apiTokens,
  organization,
  units,
  people,
  invitations,
  incidentRoles,
  scenarios,
  incidents,
  participation,
  stream,
  devices,
} satisfies Record<string, Record<string, RouteSpec>>;

/** Every route of the table, flat, with its stable key ("units.create"). */
export function allRoutes(): { key: string; route: RouteSpec }[] {
  return Object.entries(routes).flatMap(([resource, group]) =>
    Object.entries(group as Record<string, RouteSpec>).map(([name, route]) => ({
      key: `${resource}.${name}`,
      route,
    })),
  );
}
