import { Organization } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { notFound } from "../../platform/errors.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";

export function registerOrganizationRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/organization",
    {
      schema: {
        tags: ["Organisation"],
        summary: "The caller's organisation",
        response: { 200: Organization, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const org = await deps.db
        .selectFrom("organizations")
        .selectAll()
        .where("id", "=", actor.organizationId)
        .executeTakeFirst();
      if (!org) throw notFound("The organisation");
      return { id: org.id, name: org.name, createdAt: org.created_at };
    },
  );
}
