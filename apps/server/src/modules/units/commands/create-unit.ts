import type { CreateUnit, Unit } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { forbidden } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { canManageUnits } from "../units.policy.js";
import { presentUnit } from "../units.presenter.js";
import type { UnitRow } from "../units.repo.js";
import { assertUsableParent } from "./parent-rules.js";

export async function createUnit(deps: Deps, actor: Actor, input: CreateUnit): Promise<Unit> {
  if (!canManageUnits(actor)) throw forbidden();
  const at = deps.clock.now();
  const row: UnitRow = {
    id: newId(),
    organization_id: actor.organizationId,
    parent_id: input.parentId,
    name: input.name,
    kind: input.kind,
    created_at: at.toISOString(),
    updated_at: at.toISOString(),
    deactivated_at: null,
  };
  await inTransaction(deps.db, async (trx) => {
    if (input.parentId) await assertUsableParent(trx, actor.organizationId, row.id, input.parentId);
    await trx.insertInto("units").values(row).execute();
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "unit.created",
      subjectType: "unit",
      subjectId: row.id,
      data: { name: row.name, kind: row.kind, parentId: row.parent_id },
      at,
    });
  });
  return presentUnit(row);
}
