import type { Db } from "../../../platform/db/index.js";
import { newId } from "../../../platform/ids.js";
import type { IncidentLog } from "../log/event-log.js";
import type { IncidentRef } from "./participants.js";

/**
 * The person who raised the alarm and holds a role in its plan knows of it already: their
 * participation is acknowledged at once, before any event goes out, so their own phone does not
 * sound (in a lockdown, a ringing phone can give a hiding place away).
 */
export async function acknowledgeRaiser(
  trx: Db,
  incident: IncidentRef,
  personId: string,
  at: Date,
): Promise<void> {
  const ts = at.toISOString();
  await trx
    .updateTable("participations")
    .set({ status: "acknowledged", received_at: ts, answered_at: ts })
    .where("incident_id", "=", incident.id)
    .where("person_id", "=", personId)
    .where("status", "=", "notified")
    .execute();
}

/**
 * The person who raised the alarm follows it: the teacher who pressed the button sees who is on
 * the way. Someone activated by it or alerted as one of everyone at the place follows it already;
 * anyone else gets a participation of their own, acknowledged (they know), with no role.
 */
export async function addRaiser(
  trx: Db,
  log: IncidentLog,
  incident: IncidentRef,
  raiser: { personId: string; name: string },
  at: Date,
): Promise<void> {
  const ts = at.toISOString();
  const id = newId();
  const stored = await trx
    .insertInto("participations")
    .values({
      id,
      organization_id: incident.organization_id,
      incident_id: incident.id,
      person_id: raiser.personId,
      reason: "raised",
      status: "acknowledged",
      notified_at: ts,
      received_at: ts,
      answered_at: ts,
    })
    .onConflict((oc) => oc.columns(["incident_id", "person_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!stored) return;
  log.add(
    incident,
    "participants.activated",
    {
      reason: "raised",
      stepIndex: null,
      participants: [
        {
          participantId: id,
          personId: raiser.personId,
          name: raiser.name,
          roles: [],
          newcomer: true,
        },
      ],
    },
    { kind: "staff" },
  );
}
