import { UnitKind, type Unit } from "@beredd/contracts";
import type { UnitRow } from "./units.repo.js";

export const presentUnit = (u: UnitRow): Unit => ({
  id: u.id,
  parentId: u.parent_id,
  name: u.name,
  kind: UnitKind.catch("other").parse(u.kind),
  active: u.deactivated_at === null,
  createdAt: u.created_at,
  updatedAt: u.updated_at,
});
