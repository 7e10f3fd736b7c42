import type { SetStaffing, Staffing } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/index.js";
import { forbidden, invalidField, notFound } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { recordAudit } from "../../../platform/audit/index.js";
import { findUnit } from "../../units/index.js";
import { canManageRoles } from "../roles.policy.js";
import { findRole } from "../roles.repo.js";

/**
 * Replaces who staffs a role at one unit, in order. Incidents already running keep the people
 * they activated; the new staffing applies from the next alarm.
 */
export async function setStaffing(
  deps: Deps,
  actor: Actor,
  roleId: string,
  unitId: string,
  input: SetStaffing,
): Promise<Staffing> {
  const at = deps.clock.now();
  return inTransaction(deps.db, async (trx) => {
    const role = await findRole(trx, actor.organizationId, roleId);
    const unit = await findUnit(trx, actor.organizationId, unitId);
    if (!role || !unit) throw notFound(role ? "The unit" : "The incident role");
    if (!canManageRoles(actor)) throw forbidden();
    const everyone = [...input.people, ...input.deputies];
    const found = everyone.length
      ? await trx
          .selectFrom("people")
          .select("id")
          .where("organization_id", "=", actor.organizationId)
          .where("id", "in", everyone)
          .where("deactivated_at", "is", null)
          .execute()
      : [];
    const known = new Set(found.map((p) => p.id));
    for (const [field, ids] of [
      ["people", input.people],
      ["deputies", input.deputies],
    ] as const)
      for (const [i, id] of ids.entries())
        if (!known.has(id))
          throw invalidField(`body/${field}/${i}`, "There is no such active person", "not_found");

    await trx
      .deleteFrom("role_assignments")
      .where("organization_id", "=", actor.organizationId)
      .where("role_id", "=", roleId)
      .where("unit_id", "=", unitId)
      .execute();
    const rows = [
      ...input.people.map((personId, position) => ({ personId, position, deputy: 0 })),
      ...input.deputies.map((personId, position) => ({ personId, position, deputy: 1 })),
    ].map((r) => ({
      id: newId(),
      organization_id: actor.organizationId,
      role_id: roleId,
      unit_id: unitId,
      person_id: r.personId,
      deputy: r.deputy,
      position: r.position,
      created_at: at.toISOString(),
    }));
    if (rows.length) await trx.insertInto("role_assignments").values(rows).execute();
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      actor,
      action: "incident_role.staffed",
      subjectType: "incident_role",
      subjectId: roleId,
      data: { unitId, ...input },
      at,
    });
    return { roleId, unitId, people: input.people, deputies: input.deputies };
  });
}
