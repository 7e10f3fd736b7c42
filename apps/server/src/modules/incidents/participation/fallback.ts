import type { LocalizedText, ScenarioPlan } from "@beredd/contracts";
import { parseJson, type Db } from "../../../platform/db/index.js";
import { fallbackRoleIdOf } from "../../organization/index.js";
import { activePeopleByIds } from "../../people/index.js";
import { listRoles, staffingOf } from "../../roles/index.js";
import type { IncidentLog } from "../log/event-log.js";
import { staffFor, type Recipient } from "./activation.js";
import { activate, type IncidentRef } from "./participants.js";

/** What a raise that reached no one did instead, as the raiser and the coordinators are told. */
export interface Fallback {
  roleKey: string | null;
  activated: number;
  message: LocalizedText;
}

/**
 * A raise whose plan reaches no one (first aid at a unit with no first-aider) must never leave an
 * alarm unheard: the organisation's fallback role (the one its administrator chose, else its
 * first incident role in the roles' order: krisledare in the demo) is activated: staffed from the place upwards, else wherever in the
 * organisation someone holds it, before the raise event (so they receive the alarm itself). The
 * raise then logs what this returns ("incident.fallback", in words), and the raiser's answer
 * carries the same words; when even the fallback reaches no one, they say to call 112.
 */
export async function activateFallback(
  trx: Db,
  log: IncidentLog,
  incident: IncidentRef & { unit_id: string },
  plan: ScenarioPlan,
  at: Date,
): Promise<Fallback> {
  const role = await fallbackRole(trx, incident.organization_id);
  let activated = 0;
  if (role) {
    const here = await staffFor(
      trx,
      incident.organization_id,
      incident.unit_id,
      [role.key],
      "people",
      at,
    );
    const recipients = here.some((r) => r.reachable && !r.absent)
      ? here
      : await staffAnywhere(trx, incident.organization_id, role.id, role.key, at);
    const result = await activate(trx, log, incident, plan, recipients, at, { reason: "fallback" });
    activated = result.activated.filter((a) => a.newcomer && a.reachable).length;
  }
  const name = role ? parseJson<LocalizedText>(role.name) : null;
  const fallback: Fallback = {
    roleKey: role?.key ?? null,
    activated,
    message: messageFor(name, activated),
  };
  return fallback;
}

/** The role the organisation chose (PATCH /organization), else its first in the roles' order. */
async function fallbackRole(trx: Db, organizationId: string) {
  const roles = await listRoles(trx, organizationId);
  const chosen = await fallbackRoleIdOf(trx, organizationId);
  return roles.find((r) => r.id === chosen) ?? roles[0];
}

/** Everyone in the organisation who holds the role (not as a deputy) and is present. */
async function staffAnywhere(
  db: Db,
  organizationId: string,
  roleId: string,
  roleKey: string,
  at: Date,
): Promise<Recipient[]> {
  const rows = (await staffingOf(db, organizationId, [roleId])).filter((r) => !r.deputy);
  const people = await activePeopleByIds(db, organizationId, [
    ...new Set(rows.map((r) => r.person_id)),
  ]);
  return people.map((p) => ({
    personId: p.id,
    name: p.name,
    roleId,
    roleKey,
    reason: "fallback",
    reachable: p.reachable,
    absent: (p.absentUntil ?? "") > at.toISOString(),
  }));
}

function messageFor(role: LocalizedText | null, activated: number): LocalizedText {
  if (activated > 0 && role)
    return {
      sv: `Larmet nådde ingen i larmplanens roller här. ${role.sv} har larmats i stället (${activated}).`,
      en: `The alarm reached no one in the plan's roles here. ${role.en} has been alerted instead (${activated}).`,
    };
  return {
    sv: "Larmet nådde ingen, inte heller organisationens reservroll. Ring 112 om det är akut och larma någon själv.",
    en: "The alarm reached no one, not even the organisation's fallback role. Call 112 if it is urgent and alert someone yourself.",
  };
}
