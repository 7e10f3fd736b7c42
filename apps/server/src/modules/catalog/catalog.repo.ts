import type { Db } from "../../platform/db/index.js";

export const listIncidentRoles = (db: Db, organizationId: string) =>
  db
    .selectFrom("incident_roles")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("position")
    .execute();

export const listScenarios = (db: Db, organizationId: string) =>
  db
    .selectFrom("scenarios")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("name")
    .execute();

/** The incident roles each of the given people staffs, for showing beside them. */
export const assignmentsOf = (db: Db, organizationId: string, personIds: string[]) =>
  personIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom("role_assignments as a")
        .innerJoin("incident_roles as r", "r.id", "a.role_id")
        .select(["a.person_id", "a.role_id", "a.unit_id", "a.position", "r.name as role_name"])
        .where("a.organization_id", "=", organizationId)
        .where("a.person_id", "in", personIds)
        .orderBy("r.position")
        .orderBy("a.position")
        .execute();
