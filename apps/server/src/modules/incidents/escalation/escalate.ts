import { ScenarioPlan, type Escalate } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { parseJson } from "../../../platform/db/index.js";
import { invalidField } from "../../../platform/errors.js";
import { activePeopleByIds } from "../../people/index.js";
import { findRolesByKey } from "../../roles/index.js";
import { staffFor } from "../participation/activation.js";
import { allow, loadForActor, requireActive } from "../incident/access.js";
import { commandBy } from "../incident/actors.js";
import { commitWithEvents } from "../log/event-log.js";
import { canSteer } from "../incident/incidents.policy.js";
import { activate, refOf } from "../participation/participants.js";

/**
 * Escalation by hand: add a role (its people at the place, who may be in the incident already in
 * another role; if they all hold it already, its deputies) or one person. Returns how many people
 * were given something to do; repeating it adds no one.
 */
export async function escalate(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  input: Escalate,
): Promise<number> {
  const { incident, participation } = await loadForActor(deps.db, actor, incidentId);
  requireActive(incident);
  allow(canSteer(actor, participation), "escalate");
  const org = actor.organizationId;
  const plan = ScenarioPlan.parse(parseJson(incident.plan));
  const at = deps.clock.now();
  return commitWithEvents(
    deps,
    await commandBy(deps.db, actor, "incident.escalate", incident.id),
    async (trx, log) => {
      let recipients;
      if (input.kind === "role") {
        const [role] = await findRolesByKey(trx, org, [input.roleKey]);
        if (!role)
          throw invalidField("body/roleKey", "There is no such incident role", "not_found");
        const people = await staffFor(trx, org, incident.unit_id, [input.roleKey], "people", at);
        const holders = new Set(
          (
            await trx
              .selectFrom("participation_roles")
              .select("person_id")
              .where("incident_id", "=", incident.id)
              .where("role_key", "=", input.roleKey)
              .execute()
          ).map((p) => p.person_id),
        );
        // Its people all hold the role already: the coordinator wants more, so its deputies.
        recipients = people.every((p) => holders.has(p.personId))
          ? await staffFor(trx, org, incident.unit_id, [input.roleKey], "deputies", at)
          : people;
      } else {
        const [person] = await activePeopleByIds(trx, org, [input.personId]);
        if (!person)
          throw invalidField("body/personId", "There is no such active person", "not_found");
        recipients = [
          {
            personId: person.id,
            name: person.name,
            roleId: null,
            roleKey: null,
            reason: "manual" as const,
            reachable: person.reachable,
            // Named by hand: the coordinator knows whether they are away.
            absent: false,
          },
        ];
      }
      const ref = refOf(incident);
      const { activated } = await activate(trx, log, ref, plan, recipients, at, {
        reason: input.kind === "role" ? "escalation" : "manual",
      });
      log.add(ref, "incident.escalated", {
        source: "manual",
        stepIndex: null,
        roleKey: input.kind === "role" ? input.roleKey : null,
        personId: input.kind === "person" ? input.personId : null,
        activated: activated.length,
      });
      return activated.length;
    },
  );
}
