import { Health, Readiness } from "@beredd/contracts";
import { sql } from "kysely";
import { pendingMigrations, type Db } from "../db/index.js";
import type { App } from "./types.js";

/** /healthz: the process answers. /readyz: it can do its work (database reachable, schema current). */
export function registerHealthRoutes(app: App, db: Db): void {
  app.get(
    "/healthz",
    {
      schema: {
        tags: ["Operations"],
        summary: "Liveness",
        security: [],
        response: { 200: Health },
      },
    },
    () => ({ status: "ok" as const }),
  );
  app.get(
    "/readyz",
    {
      schema: {
        tags: ["Operations"],
        summary: "Readiness: database reachable and migrations current",
        security: [],
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
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
  );
}
