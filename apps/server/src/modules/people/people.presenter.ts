import type { LocalizedText, Person } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";
import { parseJson } from "../../platform/db/index.js";
import { assignmentsOf } from "../roles/index.js";
import type { PersonRow } from "./people.repo.js";

/** Presents people with their incident roles, fetched for the whole page in one query. */
export async function presentPeople(
  db: Db,
  organizationId: string,
  rows: PersonRow[],
): Promise<Person[]> {
  const assignments = await assignmentsOf(
    db,
    organizationId,
    rows.map((r) => r.id),
  );
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    email: p.email,
    mobile: p.mobile,
    unitId: p.unit_id,
    accessRole: p.access_role,
    active: p.deactivated_at === null,
    canSignIn: p.user_id !== null,
    absentUntil: p.absent_until,
    incidentRoles: assignments
      .filter((a) => a.person_id === p.id)
      .map((a) => ({
        roleId: a.role_id,
        roleName: parseJson<LocalizedText>(a.role_name),
        unitId: a.unit_id,
        deputy: a.deputy === 1,
        position: a.position,
      })),
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  }));
}

export async function presentPerson(db: Db, row: PersonRow): Promise<Person> {
  const [person] = await presentPeople(db, row.organization_id, [row]);
  if (!person) throw new Error("presentPeople returned nothing for one row");
  return person;
}
