import type { ScenarioPlan } from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";
import { invalidField } from "../../../platform/errors.js";
import { listRoles } from "../../roles/index.js";

/** Every role a plan names must exist in the organisation, so an alarm never activates nobody by a typo. */
export async function assertPlanRolesExist(
  db: Db,
  organizationId: string,
  plan: ScenarioPlan,
): Promise<void> {
  const known = new Set((await listRoles(db, organizationId)).map((r) => r.key));
  const check = (key: string, path: string) => {
    if (!known.has(key))
      throw invalidField(`body/plan/${path}`, `There is no incident role "${key}"`, "not_found");
  };
  plan.activatedRoleKeys.forEach((k, i) => check(k, `activatedRoleKeys/${i}`));
  plan.cards.forEach((c, i) => check(c.roleKey, `cards/${i}/roleKey`));
  plan.escalation.forEach((s, i) => {
    if (s.type === "roles_on_severity")
      s.roleKeys.forEach((k, j) => check(k, `escalation/${i}/roleKeys/${j}`));
    else check(s.roleKey, `escalation/${i}/roleKey`);
    if (s.type === "role_if_unacknowledged")
      check(s.escalateToRoleKey, `escalation/${i}/escalateToRoleKey`);
  });
}
