import type { PushPayload } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";
import type { Database } from "../../platform/db/schema.js";
import { newId } from "../../platform/ids.js";

type DeliveryRow = Database["deliveries"];
// 22 columns × 500 rows stays well inside SQLite's 32,766 bound values.
const CHUNK = 500;

export interface NewPush {
  organizationId: string;
  personId: string;
  deviceId: string;
  subject: { type: DeliveryRow["subject_type"]; id: string };
  /** The payload but its receipt, which is signed when it is sent. */
  payload: Omit<PushPayload, "receipt">;
}

/**
 * Queues push deliveries, due at once. A delivery that exists already (the same subject, person,
 * device and step) is left as it is: reading the same part of the log twice queues nothing twice.
 * Returns how many were queued.
 */
export async function queuePushes(trx: Db, pushes: NewPush[], at: string): Promise<number> {
  let queued = 0;
  for (let i = 0; i < pushes.length; i += CHUNK) {
    const result = await trx
      .insertInto("deliveries")
      .values(
        pushes.slice(i, i + CHUNK).map((p) => ({
          id: newId(),
          organization_id: p.organizationId,
          person_id: p.personId,
          channel: "push" as const,
          target: p.deviceId,
          subject_type: p.subject.type,
          subject_id: p.subject.id,
          step: 0,
          state: "queued" as const,
          payload: JSON.stringify(p.payload),
          attempts: 0,
          next_attempt_at: at,
          claim_token: null,
          claimed_until: null,
          interrupted: 0,
          provider_status: null,
          provider_id: null,
          error: null,
          created_at: at,
          updated_at: at,
          sent_at: null,
          delivered_at: null,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(["subject_type", "subject_id", "person_id", "channel", "target", "step"])
          .doNothing(),
      )
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return queued;
}

/** Cancels the deliveries not yet sent that match: an answer, an end, a device gone. */
export async function cancelQueued(
  trx: Db,
  match: { incidentId?: string; personId?: string; deviceId?: string; notPersonId?: string },
  at: string,
): Promise<number> {
  let q = trx
    .updateTable("deliveries")
    .set({ state: "cancelled", updated_at: at, claim_token: null, claimed_until: null })
    .where("state", "=", "queued");
  if (match.incidentId)
    q = q.where("subject_type", "=", "incident").where("subject_id", "=", match.incidentId);
  if (match.personId) q = q.where("person_id", "=", match.personId);
  if (match.notPersonId) q = q.where("person_id", "!=", match.notPersonId);
  if (match.deviceId) q = q.where("channel", "=", "push").where("target", "=", match.deviceId);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export const findDelivery = (db: Db, id: string) =>
  db.selectFrom("deliveries").selectAll().where("id", "=", id).executeTakeFirst();

/** The device confirmed it showed the push; a second confirmation changes nothing. */
export const markDelivered = (db: Db, id: string, at: string) =>
  db
    .updateTable("deliveries")
    .set((eb) => ({
      state: "delivered",
      delivered_at: at,
      updated_at: at,
      // The receipt can overtake the push service's answer to the sender.
      sent_at: eb.fn.coalesce("sent_at", eb.val(at)),
    }))
    .where("id", "=", id)
    .where("state", "!=", "delivered")
    .executeTakeFirst();
