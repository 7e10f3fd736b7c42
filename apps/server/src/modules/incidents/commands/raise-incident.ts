import { createHash } from "node:crypto";
import { Severity, type RaiseIncident } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { isUniqueViolation } from "../../../platform/db/index.js";
import { conflict, forbidden, invalidField } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { findScenario, planOf } from "../../scenarios/index.js";
import { placeUnits, staffFor, uniqueRecipients } from "../activation.js";
import { addAudience } from "../audience.js";
import { eventActor } from "../actors.js";
import { escalateForSeverity, scheduleTimers } from "../escalation/schedule.js";
import { commitWithEvents } from "../event-log.js";
import { canRaise } from "../incidents.policy.js";
import { findIncident, type IncidentRow } from "../incidents.repo.js";
import { activate, refOf } from "../participants.js";

export interface RaiseResult {
  incident: IncidentRow;
  activated: number;
  /** True when this was a retry of a raise already made: nothing new happened. */
  replayed: boolean;
}

// A second tap on the same button within this time, with no Idempotency-Key, is the same alarm.
const REPEAT_WINDOW_MS = 120_000;

/**
 * Raises an alarm (or starts a drill: a separate request, never a flag on a real alarm). The
 * incident, the role holders it activates with their action cards, the place whose people are all
 * alerted (as a rule: see audience.ts), the escalation timers and the events are committed in one
 * transaction, durable before the answer; the fan-out happens after.
 */
export async function raiseIncident(
  deps: Deps,
  actor: Actor,
  input: RaiseIncident,
  options: { drill: boolean; idempotencyKey: string | undefined },
): Promise<RaiseResult> {
  const { db } = deps;
  const org = actor.organizationId;
  const scenario = await findScenario(db, org, input.scenarioId);
  if (!scenario) throw invalidField("body/scenarioId", "There is no such scenario", "not_found");
  const unit = await db
    .selectFrom("units")
    .select(["id", "deactivated_at"])
    .where("organization_id", "=", org)
    .where("id", "=", input.unitId)
    .executeTakeFirst();
  if (!unit || unit.deactivated_at)
    throw invalidField("body/unitId", "There is no such active unit", "not_found");
  const plan = planOf(scenario);
  if (!canRaise(actor, plan)) throw forbidden("Your access role may not raise this alarm");

  const requestHash = createHash("sha256")
    .update(JSON.stringify([input, options.drill]))
    .digest("base64url");
  const earlier = await findEarlier(deps, actor, input, options.drill, options.idempotencyKey);
  if (earlier) {
    if (options.idempotencyKey && earlier.request_hash !== requestHash)
      throw conflict("This Idempotency-Key was used for a different alarm", [
        {
          path: "headers/idempotency-key",
          message: "Already used for a different request",
          code: "reused",
        },
      ]);
    return { incident: earlier, activated: 0, replayed: true };
  }

  const at = deps.clock.now();
  const by = await eventActor(db, actor);
  const row: IncidentRow = {
    id: newId(),
    organization_id: org,
    scenario_id: scenario.id,
    scenario_key: scenario.key,
    scenario_name: scenario.name,
    plan: JSON.stringify(plan),
    plan_version: 1,
    unit_id: unit.id,
    place_note: input.placeNote || null,
    note: input.note || null,
    severity: input.severity ?? Severity.parse(scenario.default_severity),
    status: "active",
    drill: options.drill ? 1 : 0,
    recalled: 0,
    raised_by: JSON.stringify(by),
    raised_at: at.toISOString(),
    resolved_at: null,
    closed_at: null,
    idempotency_key: options.idempotencyKey ?? null,
    request_hash: requestHash,
  };
  try {
    const activated = await commitWithEvents(deps, org, by, async (trx, log) => {
      await trx.insertInto("incidents").values(row).execute();
      const ref = refOf(row);
      const recipients = uniqueRecipients([
        await staffFor(trx, org, unit.id, plan.activatedRoleKeys, "people"),
      ]);
      // Activation first: the people it adds join the incident's audience before the raise
      // event, so every one of them receives the alarm itself live.
      const added = await activate(trx, log, ref, plan, recipients, at, { newIncident: true });
      const everyone = plan.alertEveryone
        ? await addAudience(trx, log, ref, await placeUnits(trx, org, unit.id), at, "everyone")
        : 0;
      log.add(ref, "incident.raised", {
        scenarioId: scenario.id,
        scenarioKey: scenario.key,
        name: JSON.parse(scenario.name) as { sv: string; en: string },
        alertText: plan.alertText,
        instructions: plan.instructions,
        silent: plan.silent,
        unitId: row.unit_id,
        placeNote: row.place_note,
        note: row.note,
        severity: row.severity,
      });
      await scheduleTimers(trx, ref, plan, 1, at);
      await escalateForSeverity(
        trx,
        log,
        { ...ref, unit_id: row.unit_id },
        plan,
        1,
        row.severity,
        at,
      );
      return added.length + everyone;
    });
    return { incident: row, activated, replayed: false };
  } catch (error) {
    // Two retries of one raise racing: the second finds the first's row.
    if (options.idempotencyKey && isUniqueViolation(error)) {
      const winner = await findEarlier(deps, actor, input, options.drill, options.idempotencyKey);
      if (winner) return { incident: winner, activated: 0, replayed: true };
    }
    throw error;
  }
}

async function findEarlier(
  deps: Deps,
  actor: Actor,
  input: RaiseIncident,
  drill: boolean,
  idempotencyKey: string | undefined,
): Promise<IncidentRow | undefined> {
  const org = actor.organizationId;
  if (idempotencyKey) {
    const row = await deps.db
      .selectFrom("incidents")
      .select("id")
      .where("organization_id", "=", org)
      .where("idempotency_key", "=", idempotencyKey)
      .executeTakeFirst();
    return row ? findIncident(deps.db, org, row.id) : undefined;
  }
  const since = new Date(deps.clock.now().getTime() - REPEAT_WINDOW_MS).toISOString();
  const candidates = await deps.db
    .selectFrom("incidents")
    .selectAll()
    .where("organization_id", "=", org)
    .where("scenario_id", "=", input.scenarioId)
    .where("unit_id", "=", input.unitId)
    .where("drill", "=", drill ? 1 : 0)
    .where("status", "=", "active")
    .where("raised_at", ">=", since)
    .execute();
  return candidates.find((c) => (JSON.parse(c.raised_by) as { id: string | null }).id === actor.id);
}
