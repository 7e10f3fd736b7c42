import type { ActivationReason, IncidentAudience } from "@beredd/contracts";
import { sql } from "kysely";
import type { Db } from "../../../platform/db/index.js";
import { activePeopleQuery } from "../../people/index.js";
import type { IncidentLog } from "../log/event-log.js";

// Ids per IN list: a municipality-wide alarm can cover thousands of units and people.
const CHUNK = 500;

/**
 * Alerts everyone at these units in an incident: the units join its audience (frozen: a unit
 * added to the place later is not in it), and one "audience.added" event says so. The people
 * there take part through their unit; nobody gets a row until they respond, so alerting 10,000
 * people costs a few rows. Units already in the audience are skipped; returns how many people
 * the units added hold who were not in the incident before.
 */
export async function addAudience(
  trx: Db,
  log: IncidentLog,
  incident: { id: string; organization_id: string; drill: boolean },
  unitIds: string[],
  at: Date,
  reason: ActivationReason,
): Promise<number> {
  const existing = new Set(
    (
      await trx
        .selectFrom("incident_audiences")
        .select("unit_id")
        .where("incident_id", "=", incident.id)
        .execute()
    ).map((r) => r.unit_id),
  );
  const added = unitIds.filter((u) => !existing.has(u));
  if (added.length === 0) return 0;
  const ts = at.toISOString();
  let people = 0;
  for (let i = 0; i < added.length; i += CHUNK) {
    const chunk = added.slice(i, i + CHUNK);
    await trx
      .insertInto("incident_audiences")
      .values(
        chunk.map((unitId) => ({
          incident_id: incident.id,
          unit_id: unitId,
          organization_id: incident.organization_id,
          added_at: ts,
        })),
      )
      .execute();
    const row = await activePeopleQuery(trx)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("person.organization_id", "=", incident.organization_id)
      .where("person.unit_id", "in", chunk)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("participations as p")
              .select("p.id")
              .whereRef("p.person_id", "=", "person.id")
              .where("p.incident_id", "=", incident.id),
          ),
        ),
      )
      .executeTakeFirst();
    people += Number(row?.n ?? 0);
  }
  log.add(incident, "audience.added", { reason, unitIds: added, people }, { kind: "staff" });
  return people;
}

/** The active people at an incident's audience units, as a query to narrow. */
const peopleAt = (db: Db, incidentId: string) =>
  activePeopleQuery(db)
    .innerJoin("incident_audiences as a", "a.unit_id", "person.unit_id")
    .select("person.id")
    .where("a.incident_id", "=", incidentId);

/** Whether a person is in an incident's audience now (an active person at one of its units). */
export async function inAudience(db: Db, incidentId: string, personId: string): Promise<boolean> {
  return (
    (await peopleAt(db, incidentId).where("person.id", "=", personId).executeTakeFirst()) !==
    undefined
  );
}

/**
 * Which of these people are in these incidents' audiences, with when they were alerted. People
 * are looked up by primary key and matched to the (few) audience units in memory: a join from
 * the units would walk every person at the place for each chunk of answers.
 */
export async function audienceCandidates(trx: Db, incidentIds: string[], personIds: string[]) {
  const audiences = await trx
    .selectFrom("incident_audiences as a")
    .innerJoin("incidents as i", "i.id", "a.incident_id")
    .select([
      "a.incident_id",
      "a.unit_id",
      "a.added_at",
      "i.organization_id",
      "i.status as incident_status",
      "i.drill",
    ])
    .where("a.incident_id", "in", incidentIds)
    .execute();
  if (audiences.length === 0) return [];
  const byUnit = new Map<string, typeof audiences>();
  for (const a of audiences) byUnit.set(a.unit_id, [...(byUnit.get(a.unit_id) ?? []), a]);
  const out: ((typeof audiences)[number] & { person_id: string; name: string })[] = [];
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const people = await activePeopleQuery(trx)
      .select(["person.id", "person.unit_id", "person.name"])
      .where("person.id", "in", personIds.slice(i, i + CHUNK))
      .execute();
    for (const p of people)
      for (const a of byUnit.get(p.unit_id ?? "") ?? [])
        out.push({ ...a, person_id: p.id, name: p.name });
  }
  return out;
}

/** The active people at an incident's audience units. */
export async function audiencePeople(db: Db, incidentId: string): Promise<string[]> {
  return (await peopleAt(db, incidentId).execute()).map((r) => r.id);
}

/** The audience's units and live totals, or null when the incident alerts no one at the place. */
export async function audienceOf(db: Db, incidentId: string): Promise<IncidentAudience | null> {
  const units = await db
    .selectFrom("incident_audiences")
    .select("unit_id")
    .where("incident_id", "=", incidentId)
    .execute();
  if (units.length === 0) return null;
  const count = (status: string) =>
    sql<number>`sum(case when p.status = ${status} then 1 else 0 end)`;
  const totals = await activePeopleQuery(db)
    .innerJoin("incident_audiences as a", "a.unit_id", "person.unit_id")
    .leftJoin("participations as p", (join) =>
      join.onRef("p.incident_id", "=", "a.incident_id").onRef("p.person_id", "=", "person.id"),
    )
    .select((eb) => [
      eb.fn.countAll<number>().as("people"),
      eb.fn.count<number>("p.received_at").as("received"),
      count("acknowledged").as("acknowledged"),
      count("on_my_way").as("on_my_way"),
      count("cannot").as("cannot"),
    ])
    .where("a.incident_id", "=", incidentId)
    .executeTakeFirst();
  return {
    unitIds: units.map((u) => u.unit_id),
    people: Number(totals?.people ?? 0),
    received: Number(totals?.received ?? 0),
    acknowledged: Number(totals?.acknowledged ?? 0),
    onMyWay: Number(totals?.on_my_way ?? 0),
    cannot: Number(totals?.cannot ?? 0),
  };
}

/**
 * The incidents a person takes part in, as a subquery: by a participation of their own (a role,
 * or added by name), or as one of everyone at a place their unit is part of. A response as one of
 * everyone is no part of one's own: who moves away from the place leaves its alarms.
 */
export const incidentsOfPerson = (db: Db, personId: string) =>
  db
    .selectFrom("participations")
    .select("incident_id")
    .where("person_id", "=", personId)
    .where("reason", "<>", sql.lit("everyone")) // a literal: the partial index's own term
    .union(
      activePeopleQuery(db)
        .innerJoin("incident_audiences as a", "a.unit_id", "person.unit_id")
        .select("a.incident_id")
        .where("person.id", "=", personId),
    );
