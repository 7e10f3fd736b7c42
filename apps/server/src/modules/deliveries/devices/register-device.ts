import type { RegisterDevice } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { inTransaction } from "../../../platform/db/index.js";
import { invalidField } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { cancelQueued } from "../deliveries.repo.js";
import { findDeviceByEndpoint, type DeviceRow } from "./devices.repo.js";
import { trustedPushHost } from "./push-hosts.js";

/**
 * Registers a browser's push subscription for a person. The endpoint is the device: registering
 * it again refreshes its keys and label and moves it to whoever registers it now (a shared
 * computer someone else signed in to), and brings back a device that was removed.
 */
export async function registerDevice(
  deps: Deps,
  person: { organizationId: string; personId: string },
  input: RegisterDevice,
): Promise<DeviceRow> {
  const host = trustedPushHost(deps.config.push.hosts, input.endpoint);
  if (!host)
    throw invalidField(
      "body/endpoint",
      "Beredd sends only to the push services it trusts; this endpoint is not one of them",
      "untrusted_push_service",
    );
  const at = deps.clock.now().toISOString();
  const fields = {
    organization_id: person.organizationId,
    person_id: person.personId,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    label: input.label,
    installed: input.installed ? 1 : 0,
    push_service: host,
    last_seen_at: at,
    removed_at: null,
    removed_reason: null,
  };
  return inTransaction(deps.db, async (trx) => {
    await trx
      .insertInto("push_devices")
      .values({ id: newId(), endpoint: input.endpoint, created_at: at, ...fields })
      .onConflict((oc) => oc.column("endpoint").doUpdateSet(fields))
      .execute();
    const row = await findDeviceByEndpoint(trx, input.endpoint);
    if (!row) throw new Error("a registered device was not found again");
    // A device that changed hands shows no one else's alarm still waiting for it.
    await cancelQueued(trx, { deviceId: row.id, notPersonId: person.personId }, at);
    return row;
  });
}
