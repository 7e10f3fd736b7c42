import type { Unit, UpdateUnit } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { conflict, forbidden, notFound } from "../../../platform/errors.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { canManageUnits } from "../units.policy.js";
import { presentUnit } from "../units.presenter.js";
import { countActiveChildren, findUnit } from "../units.repo.js";
import { assertUsableParent } from "./parent-rules.js";

/** Renames, moves, deactivates or reactivates a unit; all checks and the change in one transaction. */
export async function updateUnit(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateUnit,
): Promise<Unit> {
  const at = deps.clock.now();
  return inTransaction(deps.db, async (trx) => {
    const unit = await findUnit(trx, actor.organizationId, id);
    if (!unit) throw notFound("The unit");
    if (!canManageUnits(actor)) throw forbidden();
    const parentId = input.parentId === undefined ? unit.parent_id : input.parentId;
    if (input.parentId && input.parentId !== unit.parent_id)
      await assertUsableParent(trx, actor.organizationId, id, input.parentId);
    let deactivatedAt = unit.deactivated_at;
    if (input.active === false && !unit.deactivated_at) {
      if ((await countActiveChildren(trx, actor.organizationId, id)) > 0)
        throw conflict("Deactivate or move the unit's active sub-units first");
      deactivatedAt = at.toISOString();
    }
    if (input.active === true && unit.deactivated_at) {
      const parent = parentId ? await findUnit(trx, actor.organizationId, parentId) : undefined;
      if (parent?.deactivated_at) throw conflict("Reactivate the parent unit first");
      deactivatedAt = null;
    }
    const updated = {
      ...unit,
      name: input.name ?? unit.name,
      kind: input.kind ?? unit.kind,
      parent_id: parentId,
      deactivated_at: deactivatedAt,
      updated_at: at.toISOString(),
    };
    await trx
      .updateTable("units")
      .set({
        name: updated.name,
        kind: updated.kind,
        parent_id: updated.parent_id,
        deactivated_at: updated.deactivated_at,
        updated_at: updated.updated_at,
      })
      .where("organization_id", "=", actor.organizationId)
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "unit.updated",
      subjectType: "unit",
      subjectId: id,
      data: { ...input },
      at,
    });
    return presentUnit(updated);
  });
}
