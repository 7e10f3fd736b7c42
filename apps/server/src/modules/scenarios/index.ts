export { registerScenarioRoutes } from "./scenarios.routes.js";
export { findScenario, type ScenarioRow } from "./scenarios.repo.js";
export { planOf } from "./scenarios.presenter.js";
export { planRoleReferences } from "./commands/plan-rules.js";
