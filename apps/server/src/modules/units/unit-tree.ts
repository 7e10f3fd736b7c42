import type { EveryoneReach, UnitKind } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";

/** A unit as the tree sees it. */
export interface TreeUnit {
  id: string;
  parent_id: string | null;
  name: string;
  kind: string;
}

/** The organisation's whole unit tree, flat (deactivated units too: they still hold staffing). */
export const unitsOf = (db: Db, organizationId: string): Promise<TreeUnit[]> =>
  db
    .selectFrom("units")
    .select(["id", "parent_id", "name", "kind"])
    .where("organization_id", "=", organizationId)
    .execute();

/** An active unit of the organisation, or undefined. */
export const findActiveUnit = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom("units")
    .select(["id", "name", "kind"])
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .where("deactivated_at", "is", null)
    .executeTakeFirst();

/** The unit and its ancestors, nearest first. */
export function chainOf(units: TreeUnit[], unitId: string): TreeUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: TreeUnit[] = [];
  for (let u = byId.get(unitId); u && !chain.includes(u); u = byId.get(u.parent_id ?? ""))
    chain.push(u);
  return chain;
}

/** The unit and every unit below it. */
function belowOf(units: TreeUnit[], unitId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parent_id) continue;
    const siblings = children.get(u.parent_id);
    if (siblings) siblings.push(u.id);
    else children.set(u.parent_id, [u.id]);
  }
  // A set, not includes(): a municipality has thousands of units, and this runs in every raise.
  const below = new Set([unitId]);
  for (const id of below) for (const child of children.get(id) ?? []) below.add(child);
  return [...below];
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
 * The place a reach names from a unit: the unit itself, its building, its school or site, or the
 * whole organisation (nearest ancestor of the right kind; a tree without one widens to the next
 * level, up to the organisation, rather than reach too few), and every unit below it.
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
