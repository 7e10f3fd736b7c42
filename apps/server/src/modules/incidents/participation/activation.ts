import type { ActivationReason } from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";
import { activePeopleByIds } from "../../people/index.js";
import { findRolesByKey, staffingOf } from "../../roles/index.js";
import { chainOf, unitsOf } from "../../units/index.js";

/** One role to give one person (or, with no role, the person added by name). */
export interface Recipient {
  personId: string;
  name: string;
  roleId: string | null;
  roleKey: string | null;
  reason: ActivationReason;
  /**
   * Whether anything can reach the person: a sign-in account (the app) or a mobile number or an
   * e-mail address on record. Someone with none is activated for the record but reaches no one.
   */
  reachable: boolean;
  /** Away at the time: never activated, and an escalation step that finds only them says so. */
  absent: boolean;
}

/**
 * Who a role reaches at a place: the staffing of the nearest unit, from the place upwards, that
 * staffs the role (inheritance). People come first; deputies (ersättare) are held back for
 * escalation, unless the role has no one else there who is present (not away), in which case
 * they are activated at once. People away at `at` are listed with `absent` set, for the record.
 */
export async function staffFor(
  db: Db,
  organizationId: string,
  unitId: string,
  roleKeys: string[],
  which: "people" | "deputies",
  at: Date,
): Promise<Recipient[]> {
  const roles = await findRolesByKey(db, organizationId, roleKeys);
  const chain = chainOf(await unitsOf(db, organizationId), unitId).map((u) => u.id);
  const rows = await staffingOf(
    db,
    organizationId,
    roles.map((r) => r.id),
  );
  const active = new Map(
    (await activePeopleByIds(db, organizationId, [...new Set(rows.map((r) => r.person_id))])).map(
      (p) => [p.id, p],
    ),
  );
  const recipients: Recipient[] = [];
  for (const key of new Set(roleKeys)) {
    const role = roles.find((r) => r.key === key);
    if (!role) continue;
    const staffed = rows.filter((r) => r.role_id === role.id && active.has(r.person_id));
    const unit = chain.find((u) => staffed.some((r) => r.unit_id === u));
    const here = staffed.filter((r) => r.unit_id === unit);
    const people = here.filter((r) => !r.deputy);
    const deputies = here.filter((r) => r.deputy);
    const away = (personId: string) => (active.get(personId)?.absentUntil ?? "") > at.toISOString();
    const chosen =
      which === "deputies"
        ? deputies
        : people.some((r) => !away(r.person_id))
          ? people
          : [...people, ...deputies];
    for (const r of chosen) {
      const person = active.get(r.person_id);
      if (!person) continue;
      recipients.push({
        personId: person.id,
        name: person.name,
        roleId: role.id,
        roleKey: key,
        reason: r.deputy ? "deputy" : "role",
        reachable: person.reachable,
        absent: away(person.id),
      });
    }
  }
  return recipients;
}
