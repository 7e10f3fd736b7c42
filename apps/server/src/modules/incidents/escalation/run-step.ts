import type { LocalizedText, ScenarioPlan } from "@beredd/contracts";
import { parseJson, type Db } from "../../../platform/db/index.js";
import { findRolesByKey } from "../../roles/index.js";
import type { Recipient } from "../participation/activation.js";
import type { IncidentLog } from "../log/event-log.js";
import { activate, type IncidentRef } from "../participation/participants.js";

export interface Step {
  index: number;
  /** The role whose acknowledgement the step waits for (its chain), or null for severity steps. */
  chainRoleKey: string | null;
  /** The roles the step activates. */
  roleKeys: string[];
}

/**
 * Runs one escalation step of the plan: activates its people and records the escalation. A step
 * that reaches no one new (everyone it names is in the incident already, or has no way to be
 * reached, or the role has no one) is never silent: the coordinators get an
 * "escalation.reached_nobody" event that says so in words, and the plan's next step waiting for
 * the same role runs at once instead of at its own time. Returns how many people it brought in.
 */
export async function runStep(
  trx: Db,
  log: IncidentLog,
  incident: IncidentRef & { plan_version: number },
  plan: ScenarioPlan,
  step: Step,
  recipients: Recipient[],
  at: Date,
): Promise<number> {
  const { activated, alreadyIn } = await activate(trx, log, incident, plan, recipients, at, {
    reason: "escalation",
    stepIndex: step.index,
  });
  const newcomers = activated.filter((a) => a.newcomer);
  log.add(incident, "incident.escalated", {
    source: "plan",
    stepIndex: step.index,
    roleKey: step.roleKeys.join(","),
    personId: null,
    activated: newcomers.length,
  });
  if (newcomers.some((a) => a.reachable)) return newcomers.length;

  const skipped = [
    ...recipients
      .filter((r) => r.absent)
      .map((r) => ({ personId: r.personId, name: r.name, why: "absent" as const })),
    ...alreadyIn.map((p) => ({ ...p, why: "already_in" as const })),
    ...activated.map((a) => ({
      personId: a.personId,
      name: a.name,
      why: a.newcomer ? ("unreachable" as const) : ("already_in" as const),
    })),
  ];
  const next = step.chainRoleKey ? await advanceChain(trx, incident, step, at) : null;
  log.add(incident, "escalation.reached_nobody", {
    stepIndex: step.index,
    roleKey: step.roleKeys.join(","),
    skipped,
    nextStepIndex: next,
    message: await messageFor(trx, incident.organization_id, step, skipped.length > 0, next),
  });
  return newcomers.length;
}

/** Makes the next pending step that waits for the same role due now; returns its index. */
async function advanceChain(
  trx: Db,
  incident: IncidentRef & { plan_version: number },
  step: Step,
  at: Date,
): Promise<number | null> {
  const next = await trx
    .selectFrom("escalation_timers")
    .select(["id", "step_index"])
    .where("incident_id", "=", incident.id)
    .where("plan_version", "=", incident.plan_version)
    .where("role_key", "=", step.chainRoleKey)
    .where("status", "=", "pending")
    .where("step_index", ">", step.index)
    .orderBy("step_index")
    .executeTakeFirst();
  if (!next) return null;
  await trx
    .updateTable("escalation_timers")
    .set({ due_at: at.toISOString() })
    .where("id", "=", next.id)
    .execute();
  return next.step_index;
}

/** The warning in both languages; step numbers count from 1, as people read a plan. */
async function messageFor(
  trx: Db,
  organizationId: string,
  step: Step,
  named: boolean,
  next: number | null,
): Promise<LocalizedText> {
  const roles = await findRolesByKey(trx, organizationId, step.roleKeys);
  const names = step.roleKeys.map((key) => {
    const role = roles.find((r) => r.key === key);
    return role ? parseJson<LocalizedText>(role.name) : { sv: key, en: key };
  });
  const name = {
    sv: names.map((x) => x.sv).join(", "),
    en: names.map((x) => x.en).join(", "),
  };
  const n = step.index + 1;
  return {
    sv:
      `Eskaleringssteg ${n} (${name.sv}) nådde ingen ny person: ` +
      (named
        ? "alla det gäller är redan med i händelsen, frånvarande eller går inte att nå. "
        : "ingen har den rollen här. ") +
      (next === null
        ? "Planen har inga fler steg för rollen – eskalera manuellt."
        : `Steg ${next + 1} körs nu.`),
    en:
      `Escalation step ${n} (${name.en}) reached no one new: ` +
      (named
        ? "everyone it names is already in the incident, away or cannot be reached. "
        : "no one holds that role here. ") +
      (next === null
        ? "The plan has no further step for the role – escalate by hand."
        : `Step ${next + 1} runs now.`),
  };
}
