import { IncidentRoleList, ScenarioList, Severity, type LocalizedText } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { parseJson } from "../../platform/db/index.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { listIncidentRoles, listScenarios } from "./catalog.repo.js";

/** Read-only views of the incident roles and scenario templates; editing comes with the incident engine. */
export function registerCatalogRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/incident-roles",
    {
      schema: {
        tags: ["Incident roles"],
        summary: "The organisation's incident roles (funktioner)",
        response: { 200: IncidentRoleList, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = (await listIncidentRoles(deps.db, actor.organizationId)).map((r) => ({
        id: r.id,
        key: r.key,
        name: parseJson<LocalizedText>(r.name),
        description: parseJson<LocalizedText>(r.description),
      }));
      return { items, total: items.length };
    },
  );

  app.get(
    "/api/v1/scenarios",
    {
      schema: {
        tags: ["Scenarios"],
        summary: "The organisation's scenario templates (larmplaner)",
        response: { 200: ScenarioList, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = (await listScenarios(deps.db, actor.organizationId)).map((s) => ({
        id: s.id,
        key: s.key,
        name: parseJson<LocalizedText>(s.name),
        description: parseJson<LocalizedText>(s.description),
        defaultSeverity: Severity.parse(s.default_severity),
        silent: s.silent === 1,
      }));
      return { items, total: items.length };
    },
  );
}
