import type { ActivationReason, EveryoneReach, UnitKind } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";
import { findRolesByKey, staffingOf } from "../roles/index.js";

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
}

interface TreeUnit {
  id: string;
  parent_id: string | null;
  name: string;
  kind: string;
}

async function unitsOf(db: Db, organizationId: string): Promise<TreeUnit[]> {
  return db
    .selectFrom("units")
    .select(["id", "parent_id", "name", "kind"])
    .where("organization_id", "=", organizationId)
    .execute();
}

/** The unit and its ancestors, nearest first. */
function chainOf(units: TreeUnit[], unitId: string): TreeUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: TreeUnit[] = [];
  for (let u = byId.get(unitId); u && !chain.includes(u); u = byId.get(u.parent_id ?? ""))
    chain.push(u);
  return chain;
}

/** The unit and every unit below it. */
function belowOf(units: TreeUnit[], unitId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units)
    if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  const below = [unitId];
  for (let i = 0; i < below.length; i += 1)
    for (const child of children.get(below[i] ?? "") ?? [])
      if (!below.includes(child)) below.push(child);
  return below;
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
  const chain = chainOf(await unitsOf(db, organizationId), unitId).map((u) => u.id);
  const rows = await staffingOf(
    db,
    organizationId,
    roles.map((r) => r.id),
  );
  const active = new Map(
    (
      await db
        .selectFrom("people")
        .select(["id", "name", "user_id", "mobile", "email"])
        .where("organization_id", "=", organizationId)
        .where("id", "in", rows.length ? rows.map((r) => r.person_id) : [""])
        .where("deactivated_at", "is", null)
        .execute()
    ).map((p) => [p.id, p]),
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
    const chosen = which === "deputies" ? deputies : people.length ? people : deputies;
    for (const r of chosen) {
      const person = active.get(r.person_id);
      if (!person) continue;
      recipients.push({
        personId: person.id,
        name: person.name,
        roleId: role.id,
        roleKey: key,
        reason: r.deputy ? "deputy" : "role",
        reachable: [person.user_id, person.mobile, person.email].some(Boolean),
      });
    }
  }
  return recipients;
}

// The kinds of unit that are a school or site of their own, for "the whole school".
const SITE_KINDS = new Set<string>([
  "school",
  "preschool",
  "care_home",
  "office",
] satisfies UnitKind[]);
const WIDER: Record<EveryoneReach, EveryoneReach | null> = {
  unit: null,
  building: "site",
  site: "organization",
  organization: null,
};

const isReach = (reach: EveryoneReach, unit: TreeUnit, root: boolean): boolean =>
  reach === "building"
    ? unit.kind === "building"
    : reach === "site"
      ? SITE_KINDS.has(unit.kind)
      : reach === "organization" && root;

/**
 * Where "everyone at the place" is for an alarm raised at a unit: the unit the scenario's reach
 * resolves to (nearest ancestor of the right kind; a tree without one widens to the next level,
 * up to the organisation, rather than alert too few) and every unit below it.
 */
export async function placeOf(
  db: Db,
  organizationId: string,
  unitId: string,
  reach: EveryoneReach,
): Promise<{ unitId: string; unitName: string; unitIds: string[] }> {
  const units = await unitsOf(db, organizationId);
  const chain = chainOf(units, unitId);
  let place = chain[0];
  for (let r: EveryoneReach | null = reach; r && r !== "unit"; r = WIDER[r]) {
    const level: EveryoneReach = r;
    const found = chain.find((u, i) => isReach(level, u, i === chain.length - 1));
    if (found) {
      place = found;
      break;
    }
  }
  if (!place) return { unitId, unitName: "", unitIds: [unitId] };
  return { unitId: place.id, unitName: place.name, unitIds: belowOf(units, place.id) };
}
