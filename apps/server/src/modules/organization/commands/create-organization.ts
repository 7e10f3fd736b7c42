import type { Db } from "../../../platform/db/index.js";
import { openStream } from "../../../platform/events/index.js";
import { newId } from "../../../platform/ids.js";

/** A new tenant with its event stream (a fresh epoch, sequence 0). Runs inside the caller's transaction. */
export async function createOrganization(trx: Db, name: string, at: Date): Promise<string> {
  const id = newId();
  await trx
    .insertInto("organizations")
    .values({ id, name, created_at: at.toISOString() })
    .execute();
  await openStream(trx, id, newId());
  return id;
}

/** Every organisation's id (a node starts each one's stream; a lone one is the CLI's default). */
export const organizationIds = async (db: Db, limit?: number): Promise<string[]> => {
  const q = db.selectFrom("organizations").select("id").orderBy("created_at");
  return (await (limit ? q.limit(limit) : q).execute()).map((o) => o.id);
};
