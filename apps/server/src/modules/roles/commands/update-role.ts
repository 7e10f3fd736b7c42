import type { IncidentRole, UpdateIncidentRole } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { forbidden, notFound } from "../../../platform/errors.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { canManageRoles } from "../roles.policy.js";
import { presentRole } from "../roles.presenter.js";
import { findRole } from "../roles.repo.js";

export async function updateRole(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateIncidentRole,
): Promise<IncidentRole> {
  const at = deps.clock.now();
  return inTransaction(deps.db, async (trx) => {
    const role = await findRole(trx, actor.organizationId, id);
    if (!role) throw notFound("The incident role");
    if (!canManageRoles(actor)) throw forbidden();
    const updated = {
      ...role,
      name: input.name ? JSON.stringify(input.name) : role.name,
      description: input.description ? JSON.stringify(input.description) : role.description,
    };
    await trx
      .updateTable("incident_roles")
      .set({ name: updated.name, description: updated.description })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "incident_role.updated",
      subjectType: "incident_role",
      subjectId: id,
      data: { ...input },
      at,
    });
    return presentRole(updated);
  });
}
