import type { AccessRole, IncidentSummary, Scenario, Unit, UnitKind } from "@beredd/contracts";

export const MAX_TILES = 5;
const RECENT_MS = 90 * 24 * 3600 * 1000;
const accessRank: Record<AccessRole, number> = { viewer: 0, member: 1, coordinator: 2, admin: 3 };
/** Kinds that are a place of their own (a school, a care home): "my place" in the ranking. */
const siteKinds: ReadonlySet<UnitKind> = new Set(["school", "preschool", "care_home", "office"]);

/** Whether this access role may raise the scenario (the server checks it too). */
export const mayRaise = (role: AccessRole, scenario: Scenario): boolean =>
  accessRank[role] >= accessRank[scenario.plan.raisers];

/** The school (or other site) a unit belongs to: itself or its nearest such ancestor. */
export function siteOf(units: readonly Unit[], unitId: string): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  let unit = byId.get(unitId);
  const seen = new Set<string>();
  while (unit && !siteKinds.has(unit.kind) && unit.parentId && !seen.has(unit.id)) {
    seen.add(unit.id);
    unit = byId.get(unit.parentId);
  }
  return unit && siteKinds.has(unit.kind) ? unit.id : unitId;
}

/** The unit and every unit below it. */
export function subtree(units: readonly Unit[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const unit of units)
      if (unit.parentId && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
  }
  return ids;
}

export interface RankInput {
  scenarios: readonly Scenario[];
  incidents: readonly IncidentSummary[];
  units: readonly Unit[];
  /** Where the person raises from: their place decides which alarms count. */
  unitId: string | null;
  now: number;
}

/**
 * The scenarios likeliest at my place first: by how many real alarms of each were raised there
 * (my school or site) in the last 90 days, then in the organisation's own order.
 */
export function rankScenarios({ scenarios, incidents, units, unitId, now }: RankInput): Scenario[] {
  const place = unitId ? subtree(units, siteOf(units, unitId)) : null;
  const counts = new Map<string, number>();
  for (const incident of incidents) {
    if (incident.drill || now - Date.parse(incident.raisedAt) > RECENT_MS) continue;
    if (place && !place.has(incident.unitId)) continue;
    counts.set(incident.scenario.id, (counts.get(incident.scenario.id) ?? 0) + 1);
  }
  return scenarios
    .map((scenario, index) => ({ scenario, index, count: counts.get(scenario.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map((ranked) => ranked.scenario);
}
