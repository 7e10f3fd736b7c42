import type { Db } from "../../platform/db/index.js";

export const listRoles = (db: Db, organizationId: string) =>
  db
    .selectFrom("incident_roles")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("position")
    .execute();

export const findRole = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom("incident_roles")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();

export type RoleRow = NonNullable<Awaited<ReturnType<typeof findRole>>>;

export const findRolesById = (db: Db, organizationId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom("incident_roles")
        .selectAll()
        .where("organization_id", "=", organizationId)
        .where("id", "in", ids)
        .execute();

export const findRolesByKey = (db: Db, organizationId: string, keys: string[]) =>
  keys.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom("incident_roles")
        .selectAll()
        .where("organization_id", "=", organizationId)
        .where("key", "in", keys)
        .execute();

/** The incident roles each of the given people staffs, for showing beside them. */
export const assignmentsOf = (db: Db, organizationId: string, personIds: string[]) =>
  personIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom("role_assignments as a")
        .innerJoin("incident_roles as r", "r.id", "a.role_id")
        .select([
          "a.person_id",
          "a.role_id",
          "a.unit_id",
          "a.deputy",
          "a.position",
          "r.name as role_name",
        ])
        .where("a.organization_id", "=", organizationId)
        .where("a.person_id", "in", personIds)
        .orderBy("r.position")
        .orderBy("a.position")
        .execute();

/** Every staffing row of a role, ordered for presentation and activation. */
export const staffingOf = (db: Db, organizationId: string, roleIds: string[]) =>
  roleIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom("role_assignments")
        .select(["role_id", "unit_id", "person_id", "deputy", "position"])
        .where("organization_id", "=", organizationId)
        .where("role_id", "in", roleIds)
        .orderBy("unit_id")
        .orderBy("deputy")
        .orderBy("position")
        .execute();

export type StaffingRow = Awaited<ReturnType<typeof staffingOf>>[number];
