import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { conflict } from "../../../platform/errors.js";
import { allow, loadForActor } from "./access.js";
import { commandBy } from "./actors.js";
import { cancelTimers } from "../escalation/schedule.js";
import { commitWithEvents } from "../log/event-log.js";
import { canRecall, canSteer } from "./incidents.policy.js";
import { refOf } from "../participation/participants.js";

const ACTIONS = {
  resolved: "incident.resolve",
  closed: "incident.close",
  recalled: "incident.recall",
} as const;

export type Transition = { to: "resolved" } | { to: "closed" } | { to: "recalled"; reason: string };

/**
 * The lifecycle: active → resolved → closed. A recall (återkalla — fellarm) resolves an active
 * incident as a false alarm and tells everyone already reached at once; the incident keeps its
 * whole log. Every step stops the remaining escalation. Repeating a step is a no-op.
 */
export async function changeLifecycle(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  transition: Transition,
): Promise<void> {
  const { incident, participation } = await loadForActor(deps.db, actor, incidentId);
  const target = transition.to === "recalled" ? "resolved" : transition.to;
  if (transition.to === "recalled") {
    allow(canRecall(actor, incident, participation), "recall this alarm");
    if (incident.recalled === 1) return;
  } else {
    allow(canSteer(actor, participation), `mark the incident ${transition.to}`);
    if (incident.status === target) return;
  }
  if (target === "resolved" && incident.status !== "active")
    throw conflict(`The incident is ${incident.status}, not active`);
  if (target === "closed" && incident.status !== "resolved")
    throw conflict("Resolve the incident before closing it");

  const at = deps.clock.now();
  await commitWithEvents(
    deps,
    await commandBy(deps.db, actor, ACTIONS[transition.to], incident.id),
    async (trx, log) => {
      await trx
        .updateTable("incidents")
        .set({
          status: target,
          ...(target === "resolved"
            ? { resolved_at: at.toISOString() }
            : { closed_at: at.toISOString() }),
          ...(transition.to === "recalled" ? { recalled: 1 } : {}),
        })
        .where("id", "=", incident.id)
        .execute();
      await cancelTimers(trx, incident.id, at);
      const ref = refOf(incident);
      if (transition.to === "recalled")
        log.add(ref, "incident.recalled", { reason: transition.reason });
      else if (transition.to === "resolved") log.add(ref, "incident.resolved", {});
      else log.add(ref, "incident.closed", {});
    },
  );
}
