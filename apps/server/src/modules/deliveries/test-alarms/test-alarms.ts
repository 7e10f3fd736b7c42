import type { TestAlarm } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { AppError, conflict, notFound } from "../../../platform/errors.js";
import { inTransaction } from "../../../platform/db/index.js";
import { newId } from "../../../platform/ids.js";
import { localesOf } from "../../identity/index.js";
import { queuePushes } from "../deliveries.repo.js";
import { devicesOf } from "../devices/devices.repo.js";
import { testPush } from "../queue/push-words.js";

// One test alarm per person this often: a test is a tap on "Min beredskap", not a stream.
const TEST_INTERVAL_MS = 30_000;

interface Caller {
  organizationId: string;
  personId: string;
}

/** A test alarm to every device of the caller, and no one else's. */
export async function sendTestAlarm(deps: Deps, caller: Caller): Promise<string> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const pg = deps.dialect === "postgres";
  return inTransaction(deps.db, async (trx) => {
    // Locked: two taps at once on two nodes send one test, and the other is told to wait.
    const devices = await devicesOf(trx, caller.organizationId, caller.personId, pg);
    if (devices.length === 0)
      throw conflict("You have no device to test: turn on alarms on this device first");
    const latest = await trx
      .selectFrom("test_alarms")
      .select("created_at")
      .where("person_id", "=", caller.personId)
      .orderBy("created_at", "desc")
      .limit(1)
      .executeTakeFirst();
    if (latest && now.getTime() - Date.parse(latest.created_at) < TEST_INTERVAL_MS)
      throw new AppError("rate_limited", "Wait half a minute between test alarms");
    const id = newId();
    await trx
      .insertInto("test_alarms")
      .values({
        id,
        organization_id: caller.organizationId,
        person_id: caller.personId,
        created_at: at,
      })
      .execute();
    const locale = (await localesOf(trx, [caller.personId])).get(caller.personId) ?? "sv";
    await queuePushes(
      trx,
      devices.map((d) => ({
        organizationId: caller.organizationId,
        personId: caller.personId,
        deviceId: d.id,
        subject: { type: "test_alarm", id },
        payload: testPush(id, locale),
      })),
      at,
    );
    return id;
  });
}

/** A test alarm of the caller's, with each device's delivery; 404 for anyone else's. */
export async function getTestAlarm(deps: Deps, caller: Caller, id: string): Promise<TestAlarm> {
  const alarm = await deps.db
    .selectFrom("test_alarms")
    .select(["id", "created_at"])
    .where("id", "=", id)
    .where("organization_id", "=", caller.organizationId)
    .where("person_id", "=", caller.personId)
    .executeTakeFirst();
  if (!alarm) throw notFound("Test alarm");
  const deliveries = await deps.db
    .selectFrom("deliveries as x")
    .leftJoin("push_devices as d", "d.id", "x.target")
    .select(["x.target", "d.label", "x.state", "x.sent_at", "x.delivered_at", "x.error"])
    .where("x.subject_type", "=", "test_alarm")
    .where("x.subject_id", "=", id)
    .orderBy("x.created_at")
    .orderBy("x.id")
    .execute();
  return {
    id: alarm.id,
    createdAt: alarm.created_at,
    deliveries: deliveries.map((x) => ({
      deviceId: x.target,
      label: x.label ?? "",
      state: x.state,
      sentAt: x.sent_at,
      deliveredAt: x.delivered_at,
      error: x.error,
    })),
  };
}
