import type { CreateIncidentRole, IncidentRole } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { inTransaction, isUniqueViolation } from "../../../platform/db/index.js";
import { conflict, forbidden } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { canManageRoles } from "../roles.policy.js";
import { presentRole } from "../roles.presenter.js";
import { listRoles, type RoleRow } from "../roles.repo.js";

export async function createRole(
  deps: Deps,
  actor: Actor,
  input: CreateIncidentRole,
): Promise<IncidentRole> {
  if (!canManageRoles(actor)) throw forbidden();
  const at = deps.clock.now();
  return inTransaction(deps.db, async (trx) => {
    const row: RoleRow = {
      id: newId(),
      organization_id: actor.organizationId,
      key: input.key,
      name: JSON.stringify(input.name),
      description: JSON.stringify(input.description),
      position: (await listRoles(trx, actor.organizationId)).length,
      created_at: at.toISOString(),
    };
    try {
      await trx.insertInto("incident_roles").values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict("A role with that key exists", [
          { path: "body/key", message: "A role with that key exists", code: "taken" },
        ]);
      throw error;
    }
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "incident_role.created",
      subjectType: "incident_role",
      subjectId: row.id,
      data: { key: row.key },
      at,
    });
    return presentRole(row);
  });
}
