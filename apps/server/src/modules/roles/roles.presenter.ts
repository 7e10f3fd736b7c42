import type { IncidentRole, LocalizedText, Staffing } from "@beredd/contracts";
import { parseJson } from "../../platform/db/index.js";
import type { RoleRow, StaffingRow } from "./roles.repo.js";

export const presentRole = (r: RoleRow): IncidentRole => ({
  id: r.id,
  key: r.key,
  name: parseJson<LocalizedText>(r.name),
  description: parseJson<LocalizedText>(r.description),
});

/** Groups staffing rows per (role, unit), people first then deputies, each in order. */
export function presentStaffing(rows: StaffingRow[]): Staffing[] {
  const byKey = new Map<string, Staffing>();
  for (const row of rows) {
    const key = `${row.role_id}/${row.unit_id}`;
    const staffing = byKey.get(key) ?? {
      roleId: row.role_id,
      unitId: row.unit_id,
      people: [],
      deputies: [],
    };
    (row.deputy ? staffing.deputies : staffing.people).push(row.person_id);
    byKey.set(key, staffing);
  }
  return [...byKey.values()];
}
