import { severityRank, type ScenarioPlan, type Severity } from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";
import { newId } from "../../../platform/ids.js";
import { staffFor } from "../participation/activation.js";
import type { IncidentLog } from "../log/event-log.js";
import type { IncidentRef } from "../participation/participants.js";
import { runStep } from "./run-step.js";

/** Durable timers for the plan's time-based steps, due counted from `from`. */
export async function scheduleTimers(
  trx: Db,
  incident: IncidentRef,
  plan: ScenarioPlan,
  planVersion: number,
  from: Date,
): Promise<void> {
  const rows = plan.escalation.flatMap((step, stepIndex) =>
    step.type === "roles_on_severity"
      ? []
      : [
          {
            id: newId(),
            organization_id: incident.organization_id,
            incident_id: incident.id,
            plan_version: planVersion,
            step_index: stepIndex,
            role_key: step.roleKey,
            due_at: new Date(from.getTime() + step.afterSeconds * 1000).toISOString(),
            status: "pending" as const,
            claim_token: null,
            claimed_until: null,
            finished_at: null,
          },
        ],
  );
  if (rows.length) await trx.insertInto("escalation_timers").values(rows).execute();
}

/** Stops the pending escalation steps that wait for a role's acknowledgement (or all, at the end). */
export async function cancelTimers(
  trx: Db,
  incidentId: string,
  at: Date,
  roleKey?: string,
): Promise<void> {
  let q = trx
    .updateTable("escalation_timers")
    .set({ status: "cancelled", finished_at: at.toISOString() })
    .where("incident_id", "=", incidentId)
    .where("status", "in", ["pending", "claimed"]);
  if (roleKey) q = q.where("role_key", "=", roleKey);
  await q.execute();
}

/**
 * Severity steps ("severity raised → the crisis team"): each fires once per plan, recorded as a
 * fired timer row whose unique key keeps a second change of severity from firing it again.
 */
export async function escalateForSeverity(
  trx: Db,
  log: IncidentLog,
  incident: IncidentRef & { unit_id: string },
  plan: ScenarioPlan,
  planVersion: number,
  severity: Severity,
  at: Date,
): Promise<void> {
  for (const [stepIndex, step] of plan.escalation.entries()) {
    if (step.type !== "roles_on_severity" || severityRank[severity] < severityRank[step.severity])
      continue;
    const fired = await trx
      .insertInto("escalation_timers")
      .values({
        id: newId(),
        organization_id: incident.organization_id,
        incident_id: incident.id,
        plan_version: planVersion,
        step_index: stepIndex,
        role_key: null,
        due_at: at.toISOString(),
        status: "fired",
        claim_token: null,
        claimed_until: null,
        finished_at: at.toISOString(),
      })
      .onConflict((oc) => oc.columns(["incident_id", "plan_version", "step_index"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!fired) continue;
    const recipients = await staffFor(
      trx,
      incident.organization_id,
      incident.unit_id,
      step.roleKeys,
      "people",
      at,
    );
    await runStep(
      trx,
      log,
      { ...incident, plan_version: planVersion },
      plan,
      { index: stepIndex, chainRoleKey: null, roleKeys: step.roleKeys },
      recipients,
      at,
    );
  }
}
