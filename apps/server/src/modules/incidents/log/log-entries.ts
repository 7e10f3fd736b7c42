import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { notFound } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { allow, loadForActor, requireNotClosed } from "../incident/access.js";
import { commandBy, eventActor } from "../incident/actors.js";
import { commitWithEvents } from "./event-log.js";
import { canMarkLog } from "../incident/incidents.policy.js";
import { refOf } from "../participation/participants.js";

/** Adds a message or status update to the incident's shared log. */
export async function addLogEntry(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: { kind: "message" | "status"; text: string },
): Promise<string> {
  const { incident } = await loadForActor(deps.db, actor, incidentId);
  requireNotClosed(incident);
  const by = await eventActor(deps.db, actor);
  const id = newId();
  await commitWithEvents(
    deps,
    {
      organizationId: actor.organizationId,
      actor: by,
      action: "log.add_entry",
      incidentId: incident.id,
    },
    async (trx, log) => {
      await trx
        .insertInto("log_entries")
        .values({
          id,
          incident_id: incident.id,
          kind: input.kind,
          text: input.text,
          author_name: by.name,
          author_id: actor.id,
          key: 0,
          created_at: deps.clock.now().toISOString(),
        })
        .execute();
      log.add(refOf(incident), "log.entry_added", {
        entryId: id,
        kind: input.kind,
        text: input.text,
        authorName: by.name,
      });
    },
  );
  return id;
}

/** The log keeper marks (or unmarks) the entries that matter for the report. */
export async function markLogEntry(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  entryId: string,
  key: boolean,
): Promise<void> {
  const { incident, participation } = await loadForActor(deps.db, actor, incidentId);
  const entry = await deps.db
    .selectFrom("log_entries")
    .select(["id", "key"])
    .where("incident_id", "=", incident.id)
    .where("id", "=", entryId)
    .executeTakeFirst();
  if (!entry) throw notFound("The log entry");
  requireNotClosed(incident);
  allow(canMarkLog(actor, participation), "mark key entries");
  if ((entry.key === 1) === key) return;
  await commitWithEvents(
    deps,
    await commandBy(deps.db, actor, "log.mark_entry", incident.id),
    async (trx, log) => {
      await trx
        .updateTable("log_entries")
        .set({ key: key ? 1 : 0 })
        .where("id", "=", entryId)
        .execute();
      log.add(refOf(incident), "log.entry_marked", { entryId, key });
    },
  );
}
