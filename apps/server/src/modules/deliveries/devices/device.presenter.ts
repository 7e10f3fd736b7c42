import type { Device } from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";
import { lastDelivery, type DeviceRow } from "./devices.repo.js";

/** A device as its person sees it: never the endpoint or keys, only the push service's host. */
export async function presentDevice(db: Db, row: DeviceRow): Promise<Device> {
  const last = await lastDelivery(db, row.id);
  return {
    id: row.id,
    label: row.label,
    installed: row.installed === 1,
    pushService: row.push_service,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    lastDelivery: last ? { state: last.state, at: last.updated_at, error: last.error } : null,
  };
}
