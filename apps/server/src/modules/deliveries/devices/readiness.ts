import type { PersonReadiness } from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";

/**
 * Each person of the organisation with a device that receives alarms: how many, how many from
 * the home screen, and when one last confirmed a push it showed.
 */
export async function readinessOf(db: Db, organizationId: string): Promise<PersonReadiness[]> {
  const [devices, receipts] = await Promise.all([
    db
      .selectFrom("push_devices")
      .select((eb) => [
        "person_id",
        eb.fn.countAll<number>().as("devices"),
        eb.fn.sum<number>("installed").as("installed"),
      ])
      .where("organization_id", "=", organizationId)
      .where("removed_at", "is", null)
      .groupBy("person_id")
      .execute(),
    db
      .selectFrom("deliveries")
      .select((eb) => ["person_id", eb.fn.max("delivered_at").as("last")])
      .where("organization_id", "=", organizationId)
      .where("channel", "=", "push")
      .where("delivered_at", "is not", null)
      .groupBy("person_id")
      .execute(),
  ]);
  const last = new Map(receipts.map((r) => [r.person_id, r.last]));
  return devices
    .map((d) => {
      const at = last.get(d.person_id);
      return {
        personId: d.person_id,
        devices: Number(d.devices),
        installed: Number(d.installed),
        lastReceiptAt: at ?? null,
      };
    })
    .sort((a, b) => a.personId.localeCompare(b.personId));
}
