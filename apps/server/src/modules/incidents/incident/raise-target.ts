import type { ScenarioPlan } from "@beredd/contracts";
import type { Actor } from "../../../platform/auth/index.js";
import type { Db } from "../../../platform/db/index.js";
import { forbidden, invalidField } from "../../../platform/errors.js";
import { findScenario, planOf } from "../../scenarios/index.js";
import { findActiveUnit } from "../../units/index.js";
import { canRaise } from "./incidents.policy.js";

/**
 * The scenario and the active unit an alarm names, checked as the raise checks them (and its
 * preview, which must refuse what the raise would refuse); `where` is where the ids came from
 * (body or querystring), for the field at fault.
 */
export async function raiseTarget(
  db: Db,
  actor: Actor,
  input: { scenarioId: string; unitId: string },
  where: "body" | "querystring",
) {
  const org = actor.organizationId;
  const scenario = await findScenario(db, org, input.scenarioId);
  if (!scenario)
    throw invalidField(`${where}/scenarioId`, "There is no such scenario", "not_found");
  const unit = await findActiveUnit(db, org, input.unitId);
  if (!unit) throw invalidField(`${where}/unitId`, "There is no such active unit", "not_found");
  const plan: ScenarioPlan = planOf(scenario);
  if (!canRaise(actor, plan)) throw forbidden("Your access role may not raise this alarm");
  return { scenario, unitId: unit.id, plan };
}
