import type { Staffing, Unit } from "@beredd/contracts";

/** Who staffs a role at a unit, and the unit the staffing is set at (the unit or one above). */
export interface EffectiveStaffing {
  staffing: Staffing;
  /** The unit the staffing is set at: the unit itself, or the nearest one above it. */
  from: Unit;
  inherited: boolean;
}

/**
 * The staffing that applies at a unit, as an alarm there finds it: the unit's own, or else that
 * of the nearest unit above that has one. A cycle in bad data cannot make the walk loop.
 */
export function effectiveStaffing(
  unitId: string,
  unitsById: ReadonlyMap<string, Unit>,
  staffing: readonly Staffing[],
): EffectiveStaffing | undefined {
  const byUnit = new Map(
    staffing
      .filter((s) => s.people.length + s.deputies.length > 0)
      .map((s) => [s.unitId, s] as const),
  );
  const seen = new Set<string>();
  let unit = unitsById.get(unitId);
  while (unit && !seen.has(unit.id)) {
    seen.add(unit.id);
    const own = byUnit.get(unit.id);
    if (own) return { staffing: own, from: unit, inherited: unit.id !== unitId };
    unit = unit.parentId ? unitsById.get(unit.parentId) : undefined;
  }
  return undefined;
}

/** The list with the item at `index` moved one step up (-1) or down (+1); unchanged at an end. */
export function moveItem<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** A key for a new role from its Swedish name: "Första hjälpare" → "forsta_hjalpare". */
export function roleKeyFrom(name: string): string {
  const key = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  return key || "role";
}
