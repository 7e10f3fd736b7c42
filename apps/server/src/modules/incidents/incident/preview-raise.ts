import type { IncidentPreview, LocalizedText } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { parseJson } from "../../../platform/db/index.js";
import { activePeopleAt } from "../../people/index.js";
import { findRolesByKey } from "../../roles/index.js";
import { placeOf } from "../../units/index.js";
import { staffFor } from "../participation/activation.js";
import { raiseTarget } from "./raise-target.js";

/**
 * Who an alarm would reach, for the raiser to see before confirming: the role holders it activates
 * at once and, when the scenario alerts everyone, the place its reach resolves to and how many
 * people are there. Computed exactly as the raise computes it; nothing is written.
 */
export async function previewRaise(
  deps: Deps,
  actor: Actor,
  input: { scenarioId: string; unitId: string },
): Promise<IncidentPreview> {
  const { db } = deps;
  const org = actor.organizationId;
  const { unitId, plan, scenario } = await raiseTarget(db, actor, input, "querystring");
  const recipients = await staffFor(
    db,
    org,
    unitId,
    plan.activatedRoleKeys,
    "people",
    deps.clock.now(),
  );
  const everyone = new Set(recipients.filter((r) => !r.absent).map((r) => r.personId));
  let place: IncidentPreview["everyone"] = null;
  if (plan.alertEveryone) {
    const reach = await placeOf(db, org, unitId, plan.everyoneReach);
    const people = await activePeopleAt(db, org, reach.unitIds);
    for (const id of people) everyone.add(id);
    place = {
      reach: plan.everyoneReach,
      unitId: reach.unitId,
      unitName: reach.unitName,
      units: reach.unitIds.length,
      people: people.length,
    };
  }
  const names = new Map(
    (await findRolesByKey(db, org, plan.activatedRoleKeys)).map((r) => [
      r.key,
      parseJson<LocalizedText>(r.name),
    ]),
  );
  return {
    scenarioId: scenario.id,
    unitId,
    everyone: place,
    roles: plan.activatedRoleKeys.map((roleKey) => ({
      roleKey,
      roleName: names.get(roleKey) ?? null,
      people: recipients
        .filter((r) => r.roleKey === roleKey && !r.absent)
        .map((r) => ({ personId: r.personId, name: r.name })),
      absent: recipients
        .filter((r) => r.roleKey === roleKey && r.absent)
        .map((r) => ({ personId: r.personId, name: r.name })),
    })),
    people: everyone.size,
  };
}
