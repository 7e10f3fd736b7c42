import type { Db } from "../../platform/db/index.js";

// Ids per IN list: an audience can cover thousands of people.
const CHUNK = 500;

/**
 * People as a query other modules start from or join onto (aliased `person`): how the rest of the
 * server reads this module's table, so what a person is stays defined here.
 */
export const peopleQuery = (db: Db) => db.selectFrom("people as person");

/** Active people as a query, for "who is at these units now". */
export const activePeopleQuery = (db: Db) =>
  peopleQuery(db).where("person.deactivated_at", "is", null);

export interface PersonContact {
  id: string;
  name: string;
  unitId: string | null;
  /**
   * Whether anything can reach the person: a sign-in account (the app), a mobile number or an
   * e-mail address on record.
   */
  reachable: boolean;
  /** Away until then, or null. */
  absentUntil: string | null;
}

/** These active people of the organisation, with whether they can be reached. */
export async function activePeopleByIds(
  db: Db,
  organizationId: string,
  ids: string[],
): Promise<PersonContact[]> {
  const out: PersonContact[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await activePeopleQuery(db)
      .select([
        "person.id",
        "person.name",
        "person.unit_id",
        "person.user_id",
        "person.mobile",
        "person.email",
        "person.absent_until",
      ])
      .where("person.organization_id", "=", organizationId)
      .where("person.id", "in", ids.slice(i, i + CHUNK))
      .execute();
    for (const p of rows)
      out.push({
        id: p.id,
        name: p.name,
        unitId: p.unit_id,
        reachable: [p.user_id, p.mobile, p.email].some(Boolean),
        absentUntil: p.absent_until,
      });
  }
  return out;
}

/** The ids of the active people at these units. */
export async function activePeopleAt(
  db: Db,
  organizationId: string,
  unitIds: string[],
): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < unitIds.length; i += CHUNK) {
    const rows = await activePeopleQuery(db)
      .select("person.id")
      .where("person.organization_id", "=", organizationId)
      .where("person.unit_id", "in", unitIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.push(r.id);
  }
  return out;
}

/** The unit a person is at, or null. */
export const unitOfPerson = async (db: Db, organizationId: string, personId: string) =>
  (
    await peopleQuery(db)
      .select("person.unit_id")
      .where("person.organization_id", "=", organizationId)
      .where("person.id", "=", personId)
      .executeTakeFirst()
  )?.unit_id ?? null;

/** A person's name, for the record of who did something. */
export const personName = async (db: Db, personId: string) =>
  (await peopleQuery(db).select("person.name").where("person.id", "=", personId).executeTakeFirst())
    ?.name ?? "";
