import type { Organization, UpdateOrganization } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { hasRole, type Actor } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { forbidden, invalidField } from "../../../platform/errors.js";
import { findRolesById } from "../../roles/index.js";
import { findOrganization, presentOrganization } from "../organization.repo.js";

/**
 * Changes the organisation's settings (administrators only). The fallback role must be one of the
 * organisation's own incident roles; null goes back to the first role in the roles' order.
 */
export async function updateOrganization(
  deps: Deps,
  actor: Actor,
  input: UpdateOrganization,
): Promise<Organization> {
  if (!hasRole(actor, "admin")) throw forbidden();
  const at = deps.clock.now();
  return inTransaction(deps.db, async (trx) => {
    const { fallbackRoleId } = input;
    if (
      fallbackRoleId &&
      !(await findRolesById(trx, actor.organizationId, [fallbackRoleId])).length
    )
      throw invalidField("body/fallbackRoleId", "There is no such incident role", "not_found");
    if (fallbackRoleId !== undefined)
      await trx
        .updateTable("organizations")
        .set({ fallback_role_id: fallbackRoleId })
        .where("id", "=", actor.organizationId)
        .execute();
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "organization.updated",
      subjectType: "organization",
      subjectId: actor.organizationId,
      data: input,
      at,
    });
    return presentOrganization(await findOrganization(trx, actor.organizationId));
  });
}
