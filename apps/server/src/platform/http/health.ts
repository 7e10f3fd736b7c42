import { routes, type Readiness } from "@beredd/contracts";
import { sql } from "kysely";
import { pendingMigrations, type Db } from "../db/index.js";
import { fromTable } from "./route-table.js";
import type { App } from "./types.js";

/** /healthz: the process answers. /readyz: it can do its work (database reachable, schema current). */
export function registerHealthRoutes(app: App, db: Db): void {
  app.route({
    ...fromTable(routes.operations.liveness),
    handler: () => ({ status: "ok" as const }),
  });
  app.route({
    ...fromTable(routes.operations.readiness),
    handler: async (_request, reply) => {
      const result: Readiness = {
        status: "ready",
        checks: { database: "ok", migrations: "current" },
      };
      try {
        await sql`select 1`.execute(db);
        if ((await pendingMigrations(db)).length > 0) result.checks.migrations = "pending";
      } catch {
        result.checks = { database: "unreachable", migrations: "unknown" };
      }
      if (result.checks.database !== "ok" || result.checks.migrations !== "current")
        result.status = "not_ready";
      return reply.status(result.status === "ready" ? 200 : 503).send(result);
    },
  });
}
