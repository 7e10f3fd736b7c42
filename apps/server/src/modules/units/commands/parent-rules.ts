import type { Db } from "../../../platform/db/index.js";
import { conflict, invalidField } from "../../../platform/errors.js";
import { ancestry, findUnit } from "../units.repo.js";

/**
 * A parent must be an active unit of the same organisation, and never the unit itself or one of
 * its own sub-units (that would cut a branch off the tree).
 */
export async function assertUsableParent(
  db: Db,
  organizationId: string,
  unitId: string,
  parentId: string,
): Promise<void> {
  const parent = await findUnit(db, organizationId, parentId);
  if (!parent) throw invalidField("body/parentId", "There is no such unit", "not_found");
  if (parent.deactivated_at) throw conflict("The parent unit is deactivated");
  if ((await ancestry(db, organizationId, parentId)).includes(unitId))
    throw invalidField(
      "body/parentId",
      "A unit cannot be placed under itself or its own sub-units",
      "cycle",
    );
}
