import type { RollCallReport } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { conflict, forbidden } from "../../../platform/errors.js";
import { loadForActor, requireActive } from "../incident/access.js";
import { commandBy } from "../incident/actors.js";
import { commitWithEvents } from "../log/event-log.js";
import { refOf } from "./participants.js";

/**
 * A roll-call report: a person says "safe" or "need help", or counts a group they are
 * responsible for ("5B: 24 of 25"). A new report replaces the person's previous one for the
 * same group, so the totals are always the latest word.
 */
export async function reportRollCall(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: RollCallReport,
): Promise<void> {
  if (actor.type !== "person") throw forbidden("Only a person reports in a roll-call");
  const { incident, participation } = await loadForActor(deps.db, actor, incidentId);
  requireActive(incident);
  if (!(JSON.parse(incident.plan) as { rollCall: boolean }).rollCall)
    throw conflict("This incident has no roll-call");
  const row = {
    incident_id: incident.id,
    person_id: actor.id,
    label: input.kind === "group" ? input.label : "",
    status: input.kind === "person" ? input.status : null,
    present: input.kind === "group" ? input.present : null,
    expected: input.kind === "group" ? input.expected : null,
    note: input.note || null,
    reported_at: deps.clock.now().toISOString(),
  };
  await commitWithEvents(
    deps,
    await commandBy(deps.db, actor, "rollcall.report", incident.id),
    async (trx, log) => {
      await trx
        .insertInto("rollcall_reports")
        .values(row)
        .onConflict((oc) =>
          oc.columns(["incident_id", "person_id", "label"]).doUpdateSet({
            status: row.status,
            present: row.present,
            expected: row.expected,
            note: row.note,
            reported_at: row.reported_at,
          }),
        )
        .execute();
      const audience =
        input.kind === "group" || participation?.roleKeys.length
          ? ({ kind: "subject" } as const)
          : ({ kind: "person", personId: actor.id } as const);
      log.add(
        refOf(incident),
        "rollcall.reported",
        {
          personId: actor.id,
          status: row.status,
          label: row.label || null,
          present: row.present,
          expected: row.expected,
          note: row.note,
        },
        audience,
      );
    },
  );
}
