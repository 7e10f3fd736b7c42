import { ScenarioPlan, Severity, type LocalizedText, type Scenario } from "@beredd/contracts";
import { parseJson } from "../../platform/db/index.js";
import type { ScenarioRow } from "./scenarios.repo.js";

export const planOf = (row: { plan: string }): ScenarioPlan =>
  ScenarioPlan.parse(parseJson(row.plan));

export function presentScenario(row: ScenarioRow): Scenario {
  const plan = planOf(row);
  return {
    id: row.id,
    key: row.key,
    name: parseJson<LocalizedText>(row.name),
    description: parseJson<LocalizedText>(row.description),
    defaultSeverity: Severity.parse(row.default_severity),
    silent: plan.silent,
    plan,
    updatedAt: row.updated_at,
  };
}
