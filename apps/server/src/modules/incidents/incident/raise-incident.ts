import { createHash } from "node:crypto";
import { Severity, type RaiseIncident, type ScenarioPlan } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { isUniqueViolation, type Db } from "../../../platform/db/index.js";
import { conflict } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import type { ScenarioRow } from "../../scenarios/index.js";
import { placeOf } from "../../units/index.js";
import { addAudience, inAudience } from "../participation/audience.js";
import { eventActor } from "./actors.js";
import { escalateForSeverity, scheduleTimers } from "../escalation/schedule.js";
import { commitWithEvents, type IncidentLog } from "../log/event-log.js";
import { findIncident, type IncidentRow } from "./incidents.repo.js";
import { activateFallback } from "../participation/fallback.js";
import { activatePlan, refOf } from "../participation/participants.js";
import { acknowledgeRaiser, addRaiser } from "../participation/raiser.js";
import { isStaff } from "./incidents.policy.js";
import { raiseTarget } from "./raise-target.js";

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
  const { scenario, unitId, plan } = await raiseTarget(db, actor, input, "body");

  // A key is its caller's own: another caller's equal key is another request, never a replay of
  // (or a conflict with) an alarm they may not see.
  const key = options.idempotencyKey && `${actor.type}:${actor.id}:${options.idempotencyKey}`;
  const requestHash = createHash("sha256")
    .update(JSON.stringify([input, options.drill]))
    .digest("base64url");
  const earlier = await findEarlier(deps, actor, input, options.drill, key);
  if (earlier) {
    if (key && earlier.request_hash !== requestHash)
      throw conflict("This Idempotency-Key was used for a different alarm", [
        {
          path: "headers/idempotency-key",
          message: "Already used for a different request",
          code: "reused",
        },
      ]);
    return { incident: earlier, activated: earlier.activated ?? 0, replayed: true };
  }

  const at = deps.clock.now();
  const by = await eventActor(db, actor);
  // Staff see every incident; anyone else who raises one follows it (see addRaiser).
  const raiser =
    actor.type === "person" && !isStaff(actor) ? { personId: actor.id, name: by.name } : null;
  const row: IncidentRow = {
    id: newId(),
    organization_id: org,
    scenario_id: scenario.id,
    scenario_key: scenario.key,
    scenario_name: scenario.name,
    plan: JSON.stringify(plan),
    plan_version: 1,
    unit_id: unitId,
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
    idempotency_key: key ?? null,
    request_hash: requestHash,
    activated: null,
    fallback: null,
  };
  try {
    await commitWithEvents(
      deps,
      {
        organizationId: org,
        actor: by,
        action: options.drill ? "drill.start" : "incident.raise",
        incidentId: row.id,
      },
      (trx, log) =>
        writeRaise(trx, log, { row, scenario, plan, raiser, raisedBy: personOf(actor) }, at),
    );
    return { incident: row, activated: row.activated ?? 0, replayed: false };
  } catch (error) {
    // Two retries of one raise racing: the second finds the first's row.
    if (key && isUniqueViolation(error)) {
      const winner = await findEarlier(deps, actor, input, options.drill, key);
      if (winner) return { incident: winner, activated: winner.activated ?? 0, replayed: true };
    }
    throw error;
  }
}

/**
 * The raise's transaction: the incident, activation before the raise event (the people it adds
 * join the incident's audience first, so every one of them receives the alarm itself live), the
 * place's everyone, the timers and the severity steps.
 */
async function writeRaise(
  trx: Db,
  log: IncidentLog,
  raise: {
    row: IncidentRow;
    scenario: ScenarioRow;
    plan: ScenarioPlan;
    raiser: { personId: string; name: string } | null;
    /** The person who raised it (staff too): they know of it, whatever role they hold. */
    raisedBy: string | null;
  },
  at: Date,
): Promise<void> {
  const { row, scenario, plan, raiser, raisedBy } = raise;
  await trx.insertInto("incidents").values(row).execute();
  const ref = refOf(row);
  const { activated } = await activatePlan(trx, log, { ...ref, unit_id: row.unit_id }, plan, at, {
    newIncident: true,
  });
  const everyone = plan.alertEveryone
    ? await addAudience(
        trx,
        log,
        ref,
        (await placeOf(trx, row.organization_id, row.unit_id, plan.everyoneReach)).unitIds,
        at,
        "everyone",
      )
    : 0;
  if (raisedBy && activated.some((a) => a.personId === raisedBy))
    await acknowledgeRaiser(trx, ref, raisedBy, at);
  if (
    raiser &&
    !activated.some((a) => a.personId === raiser.personId) &&
    !(everyone > 0 && (await inAudience(trx, row.id, raiser.personId)))
  )
    await addRaiser(trx, log, ref, raiser, at);
  const reachedSomeone =
    everyone > 0 || activated.some((a) => a.reachable && a.personId !== raiser?.personId);
  const fallback = reachedSomeone
    ? null
    : await activateFallback(trx, log, { ...ref, unit_id: row.unit_id }, plan, at);
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
  if (fallback) log.add(ref, "incident.fallback", fallback);
  await scheduleTimers(trx, ref, plan, 1, at);
  await escalateForSeverity(trx, log, { ...ref, unit_id: row.unit_id }, plan, 1, row.severity, at);
  // Kept with the incident: a retried raise answers exactly what this one does.
  row.activated = activated.length + everyone + (fallback?.activated ?? 0);
  row.fallback = fallback && JSON.stringify(fallback);
  await trx
    .updateTable("incidents")
    .set({ activated: row.activated, fallback: row.fallback })
    .where("id", "=", row.id)
    .execute();
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

const personOf = (actor: Actor): string | null => (actor.type === "person" ? actor.id : null);
