import type { Actor } from "../../../platform/auth/index.js";
import type { Db } from "../../../platform/db/index.js";
import { conflict, forbidden, notFound } from "../../../platform/errors.js";
import { canView } from "./incidents.policy.js";
import { findIncident, partOf, type IncidentRow, type Part } from "./incidents.repo.js";

export interface Access {
  incident: IncidentRow;
  /** The actor's part in it (a person), if any. */
  participation: Part | undefined;
}

/**
 * Loads an incident for an actor: another organisation's incident, or one the actor takes no
 * part in and may not oversee, is "not found" (never a hint that it exists).
 */
export async function loadForActor(db: Db, actor: Actor, incidentId: string): Promise<Access> {
  const incident = await findIncident(db, actor.organizationId, incidentId);
  const participation =
    incident && actor.type === "person" ? await partOf(db, incident.id, actor.id) : undefined;
  if (!incident || !canView(actor, participation)) throw notFound("The incident");
  return { incident, participation };
}

export function requireActive(incident: IncidentRow): void {
  if (incident.status !== "active")
    throw conflict(`The incident is ${incident.status}, not active`);
}

export function requireNotClosed(incident: IncidentRow): void {
  if (incident.status === "closed") throw conflict("The incident is closed");
}

export function allow(ok: boolean, what: string): void {
  if (!ok) throw forbidden(`Your part in this incident does not allow you to ${what}`);
}
