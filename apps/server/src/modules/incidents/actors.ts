import type { EventActor } from "@beredd/contracts";
import type { Actor } from "../../platform/auth/index.js";
import type { Db } from "../../platform/db/index.js";

/** The actor as events and the timeline name it: who did it, in words a person reads. */
export async function eventActor(db: Db, actor: Actor): Promise<EventActor> {
  const row =
    actor.type === "person"
      ? await db.selectFrom("people").select("name").where("id", "=", actor.id).executeTakeFirst()
      : await db
          .selectFrom("api_tokens")
          .select("name")
          .where("id", "=", actor.id)
          .executeTakeFirst();
  return { type: actor.type, id: actor.id, name: row?.name ?? "" };
}

export const systemActor: EventActor = { type: "system", id: null, name: "Beredd" };
