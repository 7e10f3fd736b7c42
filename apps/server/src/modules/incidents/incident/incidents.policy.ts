import type { ScenarioPlan } from "@beredd/contracts";
import { hasRole, type Actor } from "../../../platform/auth/index.js";
import type { IncidentRow, Part } from "./incidents.repo.js";

/**
 * Who may do what in an incident. Staff (coordinators and administrators) see and steer every
 * incident of their organisation; everyone else acts in the incidents they take part in.
 */
export const isStaff = (actor: Actor): boolean => hasRole(actor, "coordinator");

export const canRaise = (actor: Actor, plan: ScenarioPlan): boolean => hasRole(actor, plan.raisers);

export const canView = (actor: Actor, participation: Part | undefined): boolean =>
  isStaff(actor) || participation !== undefined;

/** The incident lead steers the incident with the staff. */
export const canSteer = (actor: Actor, participation: Part | undefined): boolean =>
  isStaff(actor) || participation?.roleKeys.includes("incident_lead") === true;

/** Ticking an item of a role's card: a holder of that role in this incident, or the staff. */
export const canCompleteTask = (
  actor: Actor,
  participation: Part | undefined,
  roleKey: string,
): boolean => isStaff(actor) || participation?.roleKeys.includes(roleKey) === true;

/** The log keeper (loggförare) marks the key entries of the shared log. */
export const canMarkLog = (actor: Actor, participation: Part | undefined): boolean =>
  canSteer(actor, participation) || participation?.roleKeys.includes("log_keeper") === true;

/** A person who raised an alarm by mistake can recall it at once; so can those who steer. */
export const canRecall = (
  actor: Actor,
  incident: IncidentRow,
  participation: Part | undefined,
): boolean =>
  canSteer(actor, participation) ||
  (JSON.parse(incident.raised_by) as { id: string | null }).id === actor.id;
