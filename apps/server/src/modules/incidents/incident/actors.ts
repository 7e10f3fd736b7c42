import type { EventActor } from "@beredd/contracts";
import type { Actor } from "../../../platform/auth/index.js";
import type { Db } from "../../../platform/db/index.js";
import { tokenName } from "../../identity/index.js";
import { personName } from "../../people/index.js";
import type { IncidentCommand } from "../log/event-log.js";

/** The actor as events and the timeline name it: who did it, in words a person reads. */
export async function eventActor(db: Db, actor: Actor): Promise<EventActor> {
  const name =
    actor.type === "person" ? await personName(db, actor.id) : await tokenName(db, actor.id);
  return { type: actor.type, id: actor.id, name };
}

export const systemActor: EventActor = { type: "system", id: null, name: "Beredd" };

/** An incident command by this actor: their organisation, their name for the record, the action. */
export const commandBy = async (
  db: Db,
  actor: Actor,
  action: string,
  incidentId: string,
): Promise<IncidentCommand> => ({
  organizationId: actor.organizationId,
  actor: await eventActor(db, actor),
  action,
  incidentId,
});
