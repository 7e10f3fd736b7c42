import type { Scenario, UpdateScenario } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { forbidden, notFound } from "../../../platform/errors.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { canManageScenarios } from "../scenarios.policy.js";
import { presentScenario } from "../scenarios.presenter.js";
import { findScenario } from "../scenarios.repo.js";
import { assertPlanRolesExist } from "./plan-rules.js";

/** Edits a template. Running incidents keep the plan frozen when they started. */
export async function updateScenario(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateScenario,
): Promise<Scenario> {
  return inTransaction(deps.db, async (trx) => {
    const row = await findScenario(trx, actor.organizationId, id);
    if (!row) throw notFound("The scenario");
    if (!canManageScenarios(actor)) throw forbidden();
    if (input.plan) await assertPlanRolesExist(trx, actor.organizationId, input.plan);
    const updated = {
      ...row,
      name: input.name ? JSON.stringify(input.name) : row.name,
      description: input.description ? JSON.stringify(input.description) : row.description,
      default_severity: input.defaultSeverity ?? row.default_severity,
      plan: input.plan ? JSON.stringify(input.plan) : row.plan,
      updated_at: deps.clock.now().toISOString(),
    };
    const { id: _id, organization_id: _org, key: _key, created_at: _c, ...changes } = updated;
    await trx.updateTable("scenarios").set(changes).where("id", "=", id).execute();
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "scenario.updated",
      subjectType: "scenario",
      subjectId: id,
      data: { fields: Object.keys(input) },
      at: deps.clock.now(),
    });
    return presentScenario(updated);
  });
}
