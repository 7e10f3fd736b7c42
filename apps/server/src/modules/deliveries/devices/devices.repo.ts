import type { Db } from "../../../platform/db/index.js";
import { activePeopleQuery } from "../../people/index.js";

// Ids per IN list: an alarm can reach thousands of people.
const CHUNK = 500;

export const deviceColumns = [
  "d.id",
  "d.organization_id",
  "d.person_id",
  "d.endpoint",
  "d.p256dh",
  "d.auth",
  "d.label",
  "d.installed",
  "d.push_service",
  "d.created_at",
  "d.last_seen_at",
] as const;

export const findDeviceByEndpoint = (db: Db, endpoint: string) =>
  db
    .selectFrom("push_devices as d")
    .select(deviceColumns)
    .where("d.endpoint", "=", endpoint)
    .executeTakeFirst();

export const findDevice = (db: Db, id: string) =>
  db
    .selectFrom("push_devices as d")
    .select(deviceColumns)
    .where("d.id", "=", id)
    .where("d.removed_at", "is", null)
    .executeTakeFirst();

export type DeviceRow = NonNullable<Awaited<ReturnType<typeof findDevice>>>;

/**
 * A person's devices that receive alarms, oldest first; `lock` holds their rows until the
 * transaction ends (PostgreSQL; SQLite has one writer anyway).
 */
export const devicesOf = (db: Db, organizationId: string, personId: string, lock = false) => {
  const q = db
    .selectFrom("push_devices as d")
    .select(deviceColumns)
    .where("d.organization_id", "=", organizationId)
    .where("d.person_id", "=", personId)
    .where("d.removed_at", "is", null)
    .orderBy("d.created_at");
  return (lock ? q.forUpdate() : q).execute();
};

/** The devices of these people (ids), for an alarm that activated them. */
export async function devicesOfPeople(db: Db, organizationId: string, personIds: string[]) {
  const out: { id: string; person_id: string }[] = [];
  for (let i = 0; i < personIds.length; i += CHUNK)
    out.push(
      ...(await db
        .selectFrom("push_devices")
        .select(["id", "person_id"])
        .where("organization_id", "=", organizationId)
        .where("person_id", "in", personIds.slice(i, i + CHUNK))
        .where("removed_at", "is", null)
        .execute()),
    );
  return out;
}

/** The devices of the active people at these units: everyone at the place. */
export async function devicesAtUnits(db: Db, organizationId: string, unitIds: string[]) {
  const out: { id: string; person_id: string }[] = [];
  for (let i = 0; i < unitIds.length; i += CHUNK)
    out.push(
      ...(await activePeopleQuery(db)
        .innerJoin("push_devices as d", "d.person_id", "person.id")
        .select(["d.id", "d.person_id"])
        .where("person.organization_id", "=", organizationId)
        .where("person.unit_id", "in", unitIds.slice(i, i + CHUNK))
        .where("d.removed_at", "is", null)
        .execute()),
    );
  return out;
}

/** Stops sending to a device: its person removed it, or the push service forgot it. */
export const removeDevice = (
  db: Db,
  id: string,
  reason: "removed" | "expired",
  at: string,
  personId?: string,
) => {
  let q = db
    .updateTable("push_devices")
    .set({ removed_at: at, removed_reason: reason })
    .where("id", "=", id)
    .where("removed_at", "is", null);
  if (personId) q = q.where("person_id", "=", personId);
  return q.executeTakeFirst();
};

/** The newest delivery to a device, or undefined. */
export const lastDelivery = (db: Db, deviceId: string) =>
  db
    .selectFrom("deliveries")
    .select(["state", "updated_at", "error"])
    .where("channel", "=", "push")
    .where("target", "=", deviceId)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
