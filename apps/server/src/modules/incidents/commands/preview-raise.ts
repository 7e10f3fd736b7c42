import type { IncidentPreview, LocalizedText } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { parseJson } from "../../../platform/db/index.js";
import { placeOf, staffFor } from "../activation.js";
import { raiseTarget } from "../raise-target.js";

// Units per IN list: a municipality-wide reach covers thousands of units.
const CHUNK = 500;

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
  const recipients = await staffFor(db, org, unitId, plan.activatedRoleKeys, "people");
  const everyone = new Set(recipients.map((r) => r.personId));
  let place: IncidentPreview["everyone"] = null;
  if (plan.alertEveryone) {
    const reach = await placeOf(db, org, unitId, plan.everyoneReach);
    let people = 0;
    for (let i = 0; i < reach.unitIds.length; i += CHUNK) {
      const rows = await db
        .selectFrom("people")
        .select("id")
        .where("organization_id", "=", org)
        .where("unit_id", "in", reach.unitIds.slice(i, i + CHUNK))
        .where("deactivated_at", "is", null)
        .execute();
      people += rows.length;
      for (const r of rows) everyone.add(r.id);
    }
    place = {
      reach: plan.everyoneReach,
      unitId: reach.unitId,
      unitName: reach.unitName,
      units: reach.unitIds.length,
      people,
    };
  }
  const names = new Map(
    (plan.activatedRoleKeys.length
      ? await db
          .selectFrom("incident_roles")
          .select(["key", "name"])
          .where("organization_id", "=", org)
          .where("key", "in", plan.activatedRoleKeys)
          .execute()
      : []
    ).map((r) => [r.key, parseJson<LocalizedText>(r.name)]),
  );
  return {
    scenarioId: scenario.id,
    unitId,
    everyone: place,
    roles: plan.activatedRoleKeys.map((roleKey) => ({
      roleKey,
      roleName: names.get(roleKey) ?? null,
      people: recipients
        .filter((r) => r.roleKey === roleKey)
        .map((r) => ({ personId: r.personId, name: r.name })),
    })),
    people: everyone.size,
  };
}
