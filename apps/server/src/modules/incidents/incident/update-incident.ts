import { ScenarioPlan, type LocalizedText, type UpdateIncident } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { parseJson, type Db } from "../../../platform/db/index.js";
import { invalidField } from "../../../platform/errors.js";
import { findScenario, planOf } from "../../scenarios/index.js";
import { findActiveUnit, placeOf } from "../../units/index.js";
import { addAudience } from "../participation/audience.js";
import { switchCards } from "../cards/cards.js";
import { allow, loadForActor, requireActive } from "./access.js";
import { commandBy } from "./actors.js";
import { cancelTimers, escalateForSeverity, scheduleTimers } from "../escalation/schedule.js";
import { commitWithEvents, type IncidentLog } from "../log/event-log.js";
import { canSteer } from "./incidents.policy.js";
import type { IncidentRow } from "./incidents.repo.js";
import { activatePlan, refOf } from "../participation/participants.js";

/**
 * Changes a running incident: severity (which may fire severity steps), place, or the scenario
 * itself. A scenario switch (evacuation → lockdown) freezes the new plan, stops the old plan's
 * timers, gives every role held the new scenario's card (cards.ts), activates whoever the new plan
 * adds, and puts everyone back to "notified" so the coordinator sees who has taken in the new
 * instructions; the switch event says what changed on each card.
 */
export async function updateIncident(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: UpdateIncident,
): Promise<void> {
  const { incident, participation } = await loadForActor(deps.db, actor, incidentId);
  requireActive(incident);
  allow(canSteer(actor, participation), "change the incident");
  const at = deps.clock.now();
  await commitWithEvents(
    deps,
    await commandBy(deps.db, actor, "incident.update", incident.id),
    async (trx, log) => {
      const row = { ...incident };
      if (input.unitId !== undefined || input.placeNote !== undefined)
        await changePlace(trx, log, row, input);
      if (input.scenarioId && input.scenarioId !== row.scenario_id)
        await switchScenario(trx, log, row, input.scenarioId, at);
      if (input.severity && input.severity !== row.severity) {
        log.add(refOf(row), "incident.severity_changed", {
          from: row.severity,
          to: input.severity,
        });
        row.severity = input.severity;
        await escalateForSeverity(
          trx,
          log,
          { ...refOf(row), unit_id: row.unit_id },
          ScenarioPlan.parse(parseJson(row.plan)),
          row.plan_version,
          row.severity,
          at,
        );
      }
      const { id: _id, organization_id: _org, ...changes } = row;
      await trx.updateTable("incidents").set(changes).where("id", "=", row.id).execute();
    },
  );
}

async function changePlace(trx: Db, log: IncidentLog, row: IncidentRow, input: UpdateIncident) {
  if (input.unitId) {
    const unit = await findActiveUnit(trx, row.organization_id, input.unitId);
    if (!unit) throw invalidField("body/unitId", "There is no such active unit", "not_found");
    row.unit_id = unit.id;
  }
  if (input.placeNote !== undefined) row.place_note = input.placeNote || null;
  log.add(refOf(row), "incident.place_changed", { unitId: row.unit_id, placeNote: row.place_note });
}

async function switchScenario(
  trx: Db,
  log: IncidentLog,
  row: IncidentRow,
  scenarioId: string,
  at: Date,
) {
  const scenario = await findScenario(trx, row.organization_id, scenarioId);
  if (!scenario) throw invalidField("body/scenarioId", "There is no such scenario", "not_found");
  const plan = planOf(scenario);
  const fromName = parseJson<LocalizedText>(row.scenario_name);
  const fromScenarioId = row.scenario_id;
  await cancelTimers(trx, row.id, at);
  row.scenario_id = scenario.id;
  row.scenario_key = scenario.key;
  row.scenario_name = scenario.name;
  row.plan = JSON.stringify(plan);
  row.plan_version += 1;
  const ref = refOf(row);
  // Everyone already in takes in the new instructions afresh, and every role held gets the new
  // scenario's card; the people the new plan adds are activated before the switch event, so they
  // receive it live with everyone else.
  await trx
    .updateTable("participations")
    .set({ status: "notified", received_at: null, answered_at: null })
    .where("incident_id", "=", row.id)
    .execute();
  const held = await trx
    .selectFrom("participation_roles")
    .select(["role_id as roleId", "role_key as roleKey"])
    .distinct()
    .where("incident_id", "=", row.id)
    .execute();
  const cards = await switchCards(trx, row.id, plan, held);
  const { activated } = await activatePlan(trx, log, { ...ref, unit_id: row.unit_id }, plan, at, {
    reason: "scenario_switch",
  });
  // The audience never shrinks: everyone already reached keeps getting the incident's news.
  if (plan.alertEveryone) {
    const place = await placeOf(trx, row.organization_id, row.unit_id, plan.everyoneReach);
    await addAudience(trx, log, ref, place.unitIds, at, "scenario_switch");
  }
  log.add(ref, "incident.scenario_switched", {
    scenarioId: scenario.id,
    scenarioKey: scenario.key,
    name: parseJson<LocalizedText>(scenario.name),
    alertText: plan.alertText,
    instructions: plan.instructions,
    silent: plan.silent,
    fromScenarioId,
    fromName,
    cards,
    activated: activated.filter((a) => a.newcomer).length,
  });
  await scheduleTimers(trx, ref, plan, row.plan_version, at);
}
