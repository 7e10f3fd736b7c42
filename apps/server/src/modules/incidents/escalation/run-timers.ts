import { ScenarioPlan } from "@beredd/contracts";
import { sql } from "kysely";
import type { Deps } from "../../../deps.js";
import { parseJson, type Db } from "../../../platform/db/index.js";
import { randomToken } from "../../../platform/auth/index.js";
import { staffFor } from "../participation/activation.js";
import { systemActor } from "../incident/actors.js";
import { commitWithEvents } from "../log/event-log.js";
import { findIncident } from "../incident/incidents.repo.js";
import { refOf } from "../participation/participants.js";
import { runStep } from "./run-step.js";

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
  let fired = 0;
  // A step that reached no one makes the next step due at once: claim again until nothing is
  // due, so it runs now rather than at the next poll (bounded: a plan has at most 20 steps).
  for (let round = 0; round < 25; round += 1) {
    const token = randomToken(12);
    const claimed = await claim(deps, token, deps.clock.now());
    if (claimed.length === 0) break;
    // In the order they came due (PostgreSQL returns updated rows in no particular order).
    claimed.sort((a, b) => a.due_at.localeCompare(b.due_at) || a.step_index - b.step_index);
    for (const timer of claimed) if (await fire(deps, timer.id, token)) fired += 1;
  }
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
    .returning(["id", "due_at", "step_index"])
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
  return commitWithEvents(
    deps,
    {
      organizationId: timer.organization_id,
      actor: systemActor,
      action: "escalation.run_step",
      incidentId: timer.incident_id,
    },
    async (trx, log) => {
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
      const deputies = step.type === "deputies_if_unacknowledged";
      const roleKey = deputies ? step.roleKey : step.escalateToRoleKey;
      const recipients = await staffFor(
        trx,
        org,
        incident.unit_id,
        [roleKey],
        deputies ? "deputies" : "people",
        at,
      );
      await runStep(
        trx,
        log,
        { ...refOf(incident), plan_version: incident.plan_version },
        plan,
        { index: timer.step_index, chainRoleKey: step.roleKey, roleKeys: [roleKey] },
        recipients,
        at,
      );
      return true;
    },
  );
}

async function someoneAcknowledged(trx: Db, incidentId: string, roleKey: string): Promise<boolean> {
  const row = await trx
    .selectFrom("participation_roles as r")
    .innerJoin("participations as p", "p.id", "r.participation_id")
    .select(sql<number>`1`.as("one"))
    .where("r.incident_id", "=", incidentId)
    .where("r.role_key", "=", roleKey)
    .where("p.status", "in", ["acknowledged", "on_my_way"])
    .executeTakeFirst();
  return row !== undefined;
}
