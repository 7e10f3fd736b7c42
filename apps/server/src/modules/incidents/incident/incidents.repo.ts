import { inAudience, incidentsOfPerson } from "../participation/audience.js";
import { INCIDENT } from "../log/event-log.js";
import type { Db } from "../../../platform/db/index.js";
import { lastSeqOfSubject, subjectEvents, type Reader } from "../../../platform/events/index.js";
import { peopleQuery } from "../../people/index.js";

export const findIncident = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom("incidents")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();

export type IncidentRow = NonNullable<Awaited<ReturnType<typeof findIncident>>>;

export const participationOf = (db: Db, incidentId: string, personId: string) =>
  db
    .selectFrom("participations")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .where("person_id", "=", personId)
    .executeTakeFirst();

export type ParticipationRow = NonNullable<Awaited<ReturnType<typeof participationOf>>>;

/**
 * A person's part in an incident: the roles they hold in it. Someone in its audience (everyone at
 * the place) who has not responded yet has a part without a participation, and no role.
 */
export interface Part {
  roleKeys: string[];
}

export async function partOf(
  db: Db,
  incidentId: string,
  personId: string,
): Promise<Part | undefined> {
  const participation = await participationOf(db, incidentId, personId);
  if (participation)
    return { roleKeys: (await rolesOf(db, incidentId, personId)).map((r) => r.role_key) };
  return (await inAudience(db, incidentId, personId)) ? { roleKeys: [] } : undefined;
}

/** The roles held in an incident (by one person, or by everyone), first given first. */
export const rolesOf = (db: Db, incidentId: string, personId?: string) => {
  let q = db.selectFrom("participation_roles").selectAll().where("incident_id", "=", incidentId);
  if (personId !== undefined) q = q.where("person_id", "=", personId);
  return q.orderBy("activated_at").orderBy("role_key").execute();
};

export const participationsOf = (db: Db, incidentId: string) =>
  peopleQuery(db)
    .innerJoin("participations as p", "p.person_id", "person.id")
    .selectAll("p")
    .select("person.name")
    .where("p.incident_id", "=", incidentId)
    .orderBy("p.notified_at")
    .orderBy("person.name")
    .execute();

export const tasksOf = (db: Db, incidentId: string) =>
  db
    .selectFrom("incident_tasks")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("role_key")
    .orderBy("position")
    .execute();

export const completionsOf = (db: Db, incidentId: string) =>
  db.selectFrom("task_completions").selectAll().where("incident_id", "=", incidentId).execute();

export const logOf = (db: Db, incidentId: string) =>
  db
    .selectFrom("log_entries")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();

export const rollCallOf = (db: Db, incidentId: string) =>
  db
    .selectFrom("rollcall_reports")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("reported_at")
    .execute();

export const lastSeqOf = (db: Db, incidentId: string) =>
  lastSeqOfSubject(db, { type: INCIDENT, id: incidentId });

/** An incident's events after a sequence number, as one viewer may see them, at most `limit`. */
export const timelineOf = (
  db: Db,
  incidentId: string,
  page: { after: number; limit: number },
  viewer: Reader,
) => subjectEvents(db, { type: INCIDENT, id: incidentId }, page.after, viewer, page.limit);

export const listIncidents = (
  db: Db,
  organizationId: string,
  query: { status?: string | undefined; limit: number; offset: number },
  personId: string | null,
) => {
  let q = db.selectFrom("incidents").selectAll().where("organization_id", "=", organizationId);
  if (query.status) q = q.where("status", "=", query.status as IncidentRow["status"]);
  if (personId !== null) q = q.where("id", "in", incidentsOfPerson(db, personId));
  return q.orderBy("raised_at", "desc").limit(query.limit).offset(query.offset).execute();
};
