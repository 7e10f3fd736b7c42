import type { CreateScenario, Scenario } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { inTransaction, isUniqueViolation } from "../../../platform/db/index.js";
import { conflict, forbidden } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { canManageScenarios } from "../scenarios.policy.js";
import { presentScenario } from "../scenarios.presenter.js";
import type { ScenarioRow } from "../scenarios.repo.js";
import { assertPlanRolesExist } from "./plan-rules.js";

export async function createScenario(
  deps: Deps,
  actor: Actor,
  input: CreateScenario,
): Promise<Scenario> {
  if (!canManageScenarios(actor)) throw forbidden();
  const at = deps.clock.now().toISOString();
  return inTransaction(deps.db, async (trx) => {
    await assertPlanRolesExist(trx, actor.organizationId, input.plan);
    const row: ScenarioRow = {
      id: newId(),
      organization_id: actor.organizationId,
      key: input.key,
      name: JSON.stringify(input.name),
      description: JSON.stringify(input.description),
      default_severity: input.defaultSeverity,
      plan: JSON.stringify(input.plan),
      created_at: at,
      updated_at: at,
    };
    try {
      await trx.insertInto("scenarios").values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict("A scenario with that key exists", [
          { path: "body/key", message: "A scenario with that key exists", code: "taken" },
        ]);
      throw error;
    }
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "scenario.created",
      subjectType: "scenario",
      subjectId: row.id,
      data: { key: row.key },
      at: deps.clock.now(),
    });
    return presentScenario(row);
  });
}
