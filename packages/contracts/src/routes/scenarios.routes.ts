import { IdParams } from "../common.js";
import { authProblems, defineRoute } from "../route.js";
import { CreateScenario, Scenario, ScenarioList, UpdateScenario } from "../scenarios.js";

const tags = ["Scenarios"];

export const scenarios = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/scenarios",
    summary: "The organisation's scenario templates (larmplaner)",
    tags,
    responses: { 200: ScenarioList },
    problems: authProblems,
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/scenarios/:id",
    summary: "One scenario template with its plan",
    tags,
    params: IdParams,
    responses: { 200: Scenario },
    problems: [...authProblems, 404],
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/scenarios",
    summary: "Create a scenario template",
    tags,
    body: CreateScenario,
    responses: { 201: Scenario },
    problems: [...authProblems, 409],
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/scenarios/:id",
    summary: "Edit a scenario template (running incidents keep their frozen plan)",
    tags,
    params: IdParams,
    body: UpdateScenario,
    responses: { 200: Scenario },
    problems: [...authProblems, 404],
  }),
};
