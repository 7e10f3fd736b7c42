import type { ActivationReason } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";
import { findRolesByKey, staffingOf, type RoleRow } from "../roles/index.js";

export interface Recipient {
  personId: string;
  name: string;
  roleId: string | null;
  roleKey: string | null;
  reason: ActivationReason;
}

/** The unit and its ancestors, nearest first, and every unit below it. */
async function unitTree(db: Db, organizationId: string, unitId: string) {
  const units = await db
    .selectFrom("units")
    .select(["id", "parent_id"])
    .where("organization_id", "=", organizationId)
    .execute();
  const parentOf = new Map(units.map((u) => [u.id, u.parent_id]));
  const chain: string[] = [];
  for (let id: string | null | undefined = unitId; id && !chain.includes(id); id = parentOf.get(id))
    chain.push(id);
  const below = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parent_id && below.has(u.parent_id) && !below.has(u.id)) {
        below.add(u.id);
        grew = true;
      }
  }
  return { chain, below: [...below] };
}

/**
 * Who a role reaches at a place: the staffing of the nearest unit, from the place upwards, that
 * staffs the role (inheritance). People come first; deputies (ersättare) are held back for
 * escalation, unless the role has no one else there, in which case they are activated at once.
 */
export async function staffFor(
  db: Db,
  organizationId: string,
  unitId: string,
  roleKeys: string[],
  which: "people" | "deputies",
): Promise<Recipient[]> {
  const roles = await findRolesByKey(db, organizationId, roleKeys);
  const { chain } = await unitTree(db, organizationId, unitId);
  const rows = await staffingOf(
    db,
    organizationId,
    roles.map((r) => r.id),
  );
  const active = new Map(
    (
      await db
        .selectFrom("people")
        .select(["id", "name"])
        .where("organization_id", "=", organizationId)
        .where("id", "in", rows.length ? rows.map((r) => r.person_id) : [""])
        .where("deactivated_at", "is", null)
        .execute()
    ).map((p) => [p.id, p.name]),
  );
  const recipients: Recipient[] = [];
  for (const key of roleKeys) {
    const role = roles.find((r: RoleRow) => r.key === key);
    if (!role) continue;
    const unit = chain.find((u) =>
      rows.some((r) => r.role_id === role.id && r.unit_id === u && active.has(r.person_id)),
    );
    const here = rows.filter(
      (r) => r.role_id === role.id && r.unit_id === unit && active.has(r.person_id),
    );
    const people = here.filter((r) => !r.deputy);
    const deputies = here.filter((r) => r.deputy);
    const chosen = which === "deputies" ? deputies : people.length ? people : deputies;
    for (const r of chosen)
      recipients.push({
        personId: r.person_id,
        name: active.get(r.person_id) ?? "",
        roleId: role.id,
        roleKey: key,
        reason: r.deputy ? "deputy" : "role",
      });
  }
  return recipients;
}

/** The place and every unit below it: where "everyone at the place" is. */
export async function placeUnits(
  db: Db,
  organizationId: string,
  unitId: string,
): Promise<string[]> {
  return (await unitTree(db, organizationId, unitId)).below;
}

/** One recipient per person; the first reason wins (a role before "everyone at the place"). */
export function uniqueRecipients(lists: Recipient[][]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const list of lists)
    for (const r of list) if (!seen.has(r.personId)) seen.set(r.personId, r);
  return [...seen.values()];
}
