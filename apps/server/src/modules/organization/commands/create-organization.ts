import type { Db } from "../../../platform/db/index.js";
import { newId } from "../../../platform/ids.js";

/** A new tenant with its event stream (a fresh epoch, sequence 0). Runs inside the caller's transaction. */
export async function createOrganization(trx: Db, name: string, at: Date): Promise<string> {
  const id = newId();
  await trx
    .insertInto("organizations")
    .values({ id, name, created_at: at.toISOString() })
    .execute();
  await trx
    .insertInto("org_streams")
    .values({ organization_id: id, epoch: newId(), last_seq: 0 })
    .execute();
  return id;
}
