import type { ScenarioPlan } from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";
import { invalidField } from "../../../platform/errors.js";
import { listRoles } from "../../roles/index.js";

/** One incident-role key a plan names, and where in the plan it is named. */
export interface PlanRoleReference {
  key: string;
  path: (string | number)[];
}

/** Every incident-role key a plan names: activated roles, cards and escalation steps. */
export function planRoleReferences(plan: ScenarioPlan): PlanRoleReference[] {
  const refs: PlanRoleReference[] = [];
  plan.activatedRoleKeys.forEach((key, i) => refs.push({ key, path: ["activatedRoleKeys", i] }));
  plan.cards.forEach((c, i) => refs.push({ key: c.roleKey, path: ["cards", i, "roleKey"] }));
  plan.escalation.forEach((s, i) => {
    if (s.type === "roles_on_severity")
      s.roleKeys.forEach((key, j) => refs.push({ key, path: ["escalation", i, "roleKeys", j] }));
    else refs.push({ key: s.roleKey, path: ["escalation", i, "roleKey"] });
    if (s.type === "role_if_unacknowledged")
      refs.push({ key: s.escalateToRoleKey, path: ["escalation", i, "escalateToRoleKey"] });
  });
  return refs;
}

/** Every role a plan names must exist in the organisation, so an alarm never activates nobody by a typo. */
export async function assertPlanRolesExist(
  db: Db,
  organizationId: string,
  plan: ScenarioPlan,
): Promise<void> {
  const known = new Set((await listRoles(db, organizationId)).map((r) => r.key));
  for (const { key, path } of planRoleReferences(plan))
    if (!known.has(key))
      throw invalidField(
        `body/plan/${path.join("/")}`,
        `There is no incident role "${key}"`,
        "not_found",
      );
}
