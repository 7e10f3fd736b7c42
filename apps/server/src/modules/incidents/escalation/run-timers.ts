import { ScenarioPlan } from "@beredd/contracts";
import { sql } from "kysely";
import type { Deps } from "../../../deps.js";
import { parseJson, type Db } from "../../../platform/db/index.js";
import { randomToken } from "../../../platform/auth/index.js";
import { staffFor } from "../activation.js";
import { systemActor } from "../actors.js";
import { commitWithEvents } from "../event-log.js";
import { findIncident } from "../incidents.repo.js";
import { activate, refOf } from "../participants.js";

// A claim lasts this long; a node that dies holding one loses it, and another node takes over.
const CLAIM_MS = 30_000;
const BATCH = 50;

/**
 * Fires the escalation steps whose time has come. Each timer is claimed atomically with a fresh
 * token (FOR UPDATE SKIP LOCKED on PostgreSQL, so nodes never take the same row), then fired in
 * its own transaction that checks the token and the row's state again: a timer cancelled by an
 * acknowledgement in between, or claimed by someone else, does nothing. Returns how many fired.
 */
export async function runDueTimers(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const token = randomToken(12);
  const claimed = await claim(deps, token, now);
  let fired = 0;
  for (const timer of claimed) if (await fire(deps, timer.id, token)) fired += 1;
  return fired;
}

async function claim(deps: Deps, token: string, now: Date) {
  const ts = now.toISOString();
  const due = deps.db
    .selectFrom("escalation_timers")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "pending"), eb("due_at", "<=", ts)]),
        eb.and([eb("status", "=", "claimed"), eb("claimed_until", "<", ts)]),
      ]),
    )
    .orderBy("due_at")
    .limit(BATCH);
  return deps.db
    .updateTable("escalation_timers")
    .set({
      status: "claimed",
      claim_token: token,
      claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString(),
    })
    .where("id", "in", deps.dialect === "postgres" ? due.forUpdate().skipLocked() : due)
    .returning(["id"])
    .execute();
}

async function fire(deps: Deps, timerId: string, token: string): Promise<boolean> {
  const at = deps.clock.now();
  const timer = await deps.db
    .selectFrom("escalation_timers")
    .selectAll()
    .where("id", "=", timerId)
    .executeTakeFirst();
  if (!timer) return false;
  return commitWithEvents(deps, timer.organization_id, systemActor, async (trx, log) => {
    // The token check and the state change are one statement: only the holder of the claim fires.
    const mine = await trx
      .updateTable("escalation_timers")
      .set({ status: "fired", finished_at: at.toISOString() })
      .where("id", "=", timerId)
      .where("status", "=", "claimed")
      .where("claim_token", "=", token)
      .executeTakeFirst();
    if (Number(mine.numUpdatedRows) !== 1) return false;
    const incident = await findIncident(trx, timer.organization_id, timer.incident_id);
    if (!incident || incident.status !== "active" || incident.plan_version !== timer.plan_version)
      return false;
    const plan = ScenarioPlan.parse(parseJson(incident.plan));
    const step = plan.escalation[timer.step_index];
    if (!step || step.type === "roles_on_severity") return false;
    if (await someoneAcknowledged(trx, incident.id, step.roleKey)) {
      await trx
        .updateTable("escalation_timers")
        .set({ status: "cancelled" })
        .where("id", "=", timerId)
        .execute();
      return false;
    }
    const org = incident.organization_id;
    const recipients =
      step.type === "deputies_if_unacknowledged"
        ? await staffFor(trx, org, incident.unit_id, [step.roleKey], "deputies")
        : await staffFor(trx, org, incident.unit_id, [step.escalateToRoleKey], "people");
    const ref = refOf(incident);
    const added = await activate(trx, log, ref, plan, recipients, at, {
      reason: "escalation",
      stepIndex: timer.step_index,
    });
    log.add(ref, "incident.escalated", {
      source: "plan",
      stepIndex: timer.step_index,
      roleKey: step.type === "deputies_if_unacknowledged" ? step.roleKey : step.escalateToRoleKey,
      personId: null,
      activated: added.length,
    });
    return true;
  });
}

async function someoneAcknowledged(trx: Db, incidentId: string, roleKey: string): Promise<boolean> {
  const row = await trx
    .selectFrom("participations")
    .select(sql<number>`1`.as("one"))
    .where("incident_id", "=", incidentId)
    .where("role_key", "=", roleKey)
    .where("status", "in", ["acknowledged", "on_my_way"])
    .executeTakeFirst();
  return row !== undefined;
}
