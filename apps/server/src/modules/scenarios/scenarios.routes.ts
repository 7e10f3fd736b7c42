import {
  CreateScenario,
  IdParams,
  Scenario,
  ScenarioList,
  UpdateScenario,
} from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { notFound } from "../../platform/errors.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { createScenario } from "./commands/create-scenario.js";
import { updateScenario } from "./commands/update-scenario.js";
import { presentScenario } from "./scenarios.presenter.js";
import { findScenario, listScenarios } from "./scenarios.repo.js";

const tags = ["Scenarios"];

export function registerScenarioRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/scenarios",
    {
      schema: {
        tags,
        summary: "The organisation's scenario templates (larmplaner)",
        response: { 200: ScenarioList, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = (await listScenarios(deps.db, actor.organizationId)).map(presentScenario);
      return { items, total: items.length };
    },
  );
  app.get(
    "/api/v1/scenarios/:id",
    {
      schema: {
        tags,
        summary: "One scenario template with its plan",
        params: IdParams,
        response: { 200: Scenario, ...problems(...authProblems, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await findScenario(deps.db, actor.organizationId, request.params.id);
      if (!row) throw notFound("The scenario");
      return presentScenario(row);
    },
  );
  app.post(
    "/api/v1/scenarios",
    {
      schema: {
        tags,
        summary: "Create a scenario template",
        body: CreateScenario,
        response: { 201: Scenario, ...problems(...authProblems, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createScenario(deps, requireActor(request), request.body)),
  );
  app.patch(
    "/api/v1/scenarios/:id",
    {
      schema: {
        tags,
        summary: "Edit a scenario template (running incidents keep their frozen plan)",
        params: IdParams,
        body: UpdateScenario,
        response: { 200: Scenario, ...problems(...authProblems, 404) },
      },
    },
    async (request) => updateScenario(deps, requireActor(request), request.params.id, request.body),
  );
}
