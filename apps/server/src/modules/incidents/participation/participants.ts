import type { ActivationReason, ScenarioPlan } from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";
import { newId } from "../../../platform/ids.js";
import { staffFor, type Recipient } from "./activation.js";
import { cardsFor } from "../cards/cards.js";
import type { IncidentLog } from "../log/event-log.js";
import type { IncidentRow } from "../incident/incidents.repo.js";

// Rows per multi-row statement: 9 columns × 1,000 stays under SQLite's 32,766 bound values.
const CHUNK = 1000;

export interface IncidentRef {
  id: string;
  organization_id: string;
  drill: boolean;
}

export const refOf = (row: IncidentRow): IncidentRef => ({
  id: row.id,
  organization_id: row.organization_id,
  drill: row.drill === 1,
});

/** A person this activation gave something to do. */
export interface Activated {
  personId: string;
  name: string;
  participantId: string;
  /** The roles given now. */
  roles: Recipient[];
  /** True when the person had no part of their own before (none, or one of everyone at the place). */
  newcomer: boolean;
  reachable: boolean;
}

export interface ActivationResult {
  activated: Activated[];
  /** People named who hold every role named for them already: nothing new for them. */
  alreadyIn: { personId: string; name: string }[];
}

interface Person {
  personId: string;
  name: string;
  reachable: boolean;
  grants: Recipient[];
}

interface Existing {
  id: string;
  reason: ActivationReason;
  roles: Set<string>;
}

/**
 * Activates people in an incident. A person has one participation (one answer) and holds every
 * role they are activated for, each with its card: someone in both the crisis team and the
 * spokesperson role holds both. The unique keys make a second activation of the same person for
 * the same role a no-op, so no step notifies anyone twice, also when two nodes activate them at
 * the same moment. Someone already in who is given a new role (or who was in only as one of
 * everyone at the place) gets the role, its card and a fresh "notified" to take in the new part.
 */
export async function activate(
  trx: Db,
  log: IncidentLog,
  incident: IncidentRef,
  plan: ScenarioPlan,
  recipients: Recipient[],
  at: Date,
  options: { reason?: ActivationReason; stepIndex?: number | null; newIncident?: boolean } = {},
): Promise<ActivationResult> {
  // Someone away is never activated: staffFor has brought in their deputies instead.
  const people = byPerson(recipients.filter((r) => !r.absent));
  // A new incident has no one in it yet: skip the look-up (it is the bulk of a large raise).
  const existing = options.newIncident
    ? new Map<string, Existing>()
    : await existingParts(trx, incident.id, [...people.keys()]);
  const ts = at.toISOString();
  const alreadyIn: ActivationResult["alreadyIn"] = [];
  const reasonOf = (p: Person) => options.reason ?? p.grants[0]?.reason ?? "manual";

  const fresh = [...people.values()].filter((p) => !existing.has(p.personId));
  const activated = await insertParticipations(trx, incident, fresh, reasonOf, ts);

  // Those already in: the role rows decide who gives a role (their key is unique), so the roles
  // are written first and only a person given something is notified afresh.
  const more: Activated[] = [];
  for (const [personId, part] of existing) {
    const p = people.get(personId);
    if (!p) continue;
    const newRoles = withRole(p.grants).filter((g) => !part.roles.has(g.roleKey ?? ""));
    if (part.reason !== "everyone" && newRoles.length === 0)
      alreadyIn.push({ personId, name: p.name });
    else more.push(entry(p, part.id, newRoles, part.reason === "everyone"));
  }
  const given = await giveRoles(trx, incident, [...activated, ...more], options, ts);
  for (const a of [...activated, ...more])
    a.roles = a.roles.filter((r) => given.has(`${a.participantId}/${r.roleKey}`));
  for (const a of more) {
    // One of everyone added by name, with no role: the guard makes one of two nodes do it.
    if (a.roles.length === 0 && !a.newcomer) continue;
    let q = trx
      .updateTable("participations")
      .set({ status: "notified", notified_at: ts, received_at: null, answered_at: null })
      .where("id", "=", a.participantId);
    const person = people.get(a.personId);
    if (a.newcomer && person) q = q.set({ reason: reasonOf(person) });
    if (a.roles.length === 0) q = q.where("reason", "=", "everyone");
    const { numUpdatedRows } = await q.executeTakeFirst();
    if (numUpdatedRows > 0n) activated.push(a);
  }
  const done = activated.filter((a) => a.newcomer || a.roles.length > 0);
  if (done.length === 0) return { activated: [], alreadyIn };
  await cardsFor(
    trx,
    incident.id,
    plan,
    done.flatMap((a) => a.roles),
  );
  logActivation(log, incident, done, options);
  return { activated: done, alreadyIn };
}

/** Inserts the participations of people not in the incident; returns those this call wrote. */
async function insertParticipations(
  trx: Db,
  incident: IncidentRef,
  fresh: Person[],
  reasonOf: (p: Person) => ActivationReason,
  ts: string,
): Promise<Activated[]> {
  const activated: Activated[] = [];
  const ids = new Map(fresh.map((p) => [p.personId, newId()]));
  for (let i = 0; i < fresh.length; i += CHUNK) {
    // Whoever inserts first activates the person: another node may be doing the same.
    const stored = await trx
      .insertInto("participations")
      .values(
        fresh.slice(i, i + CHUNK).map((p) => ({
          id: ids.get(p.personId) ?? "",
          organization_id: incident.organization_id,
          incident_id: incident.id,
          person_id: p.personId,
          reason: reasonOf(p),
          status: "notified" as const,
          notified_at: ts,
          received_at: null,
          answered_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(["incident_id", "person_id"]).doNothing())
      .returning("person_id")
      .execute();
    const won = new Set(stored.map((r) => r.person_id));
    for (const p of fresh)
      if (won.has(p.personId))
        activated.push(entry(p, ids.get(p.personId) ?? "", withRole(p.grants), true));
  }

  return activated;
}

/** One "participants.activated" event, for the staff, naming the roles each person was given. */
function logActivation(
  log: IncidentLog,
  incident: IncidentRef,
  done: Activated[],
  options: { reason?: ActivationReason; stepIndex?: number | null },
): void {
  log.add(
    incident,
    "participants.activated",
    {
      reason: options.reason ?? done[0]?.roles[0]?.reason ?? "role",
      stepIndex: options.stepIndex ?? null,
      participants: done.map((a) => ({
        participantId: a.participantId,
        personId: a.personId,
        name: a.name,
        roles: a.roles.map((r) => ({ roleId: r.roleId ?? "", roleKey: r.roleKey ?? "" })),
        newcomer: a.newcomer,
      })),
    },
    { kind: "staff" },
  );
}

function byPerson(recipients: Recipient[]): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const r of recipients) {
    const p = people.get(r.personId) ?? {
      personId: r.personId,
      name: r.name,
      reachable: r.reachable,
      grants: [],
    };
    if (!p.grants.some((g) => g.roleKey === r.roleKey)) p.grants.push(r);
    people.set(r.personId, p);
  }
  return people;
}

const withRole = (grants: Recipient[]) => grants.filter((g) => g.roleKey !== null);

const entry = (p: Person, participantId: string, roles: Recipient[], newcomer: boolean) => ({
  personId: p.personId,
  name: p.name,
  participantId,
  roles,
  newcomer,
  reachable: p.reachable,
});

/** These people's participations in the incident, with the roles they hold. */
async function existingParts(
  trx: Db,
  incidentId: string,
  personIds: string[],
): Promise<Map<string, Existing>> {
  const parts = new Map<string, Existing>();
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const ids = personIds.slice(i, i + CHUNK);
    const rows = await trx
      .selectFrom("participations")
      .select(["id", "person_id", "reason"])
      .where("incident_id", "=", incidentId)
      .where("person_id", "in", ids)
      .execute();
    for (const r of rows) parts.set(r.person_id, { id: r.id, reason: r.reason, roles: new Set() });
    const held = await trx
      .selectFrom("participation_roles")
      .select(["person_id", "role_key"])
      .where("incident_id", "=", incidentId)
      .where("person_id", "in", ids)
      .execute();
    for (const r of held) parts.get(r.person_id)?.roles.add(r.role_key);
  }
  return parts;
}

/** Writes the roles given; returns the ones this call wrote ("participation/roleKey"). */
async function giveRoles(
  trx: Db,
  incident: IncidentRef,
  activated: Activated[],
  options: { reason?: ActivationReason; stepIndex?: number | null },
  ts: string,
): Promise<Set<string>> {
  const rows = activated.flatMap((a) =>
    a.roles.map((r) => ({
      participation_id: a.participantId,
      incident_id: incident.id,
      person_id: a.personId,
      role_id: r.roleId ?? "",
      role_key: r.roleKey ?? "",
      reason: options.reason ?? r.reason,
      step_index: options.stepIndex ?? null,
      activated_at: ts,
    })),
  );
  const given = new Set<string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const stored = await trx
      .insertInto("participation_roles")
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(["participation_id", "role_key"]).doNothing())
      .returning(["participation_id", "role_key"])
      .execute();
    for (const r of stored) given.add(`${r.participation_id}/${r.role_key}`);
  }
  return given;
}

/** Activates the roles a plan activates at once, staffed at the incident's place. */
export async function activatePlan(
  trx: Db,
  log: IncidentLog,
  incident: IncidentRef & { unit_id: string },
  plan: ScenarioPlan,
  at: Date,
  options: { reason?: ActivationReason; newIncident?: boolean },
): Promise<ActivationResult> {
  const recipients = await staffFor(
    trx,
    incident.organization_id,
    incident.unit_id,
    plan.activatedRoleKeys,
    "people",
    at,
  );
  return activate(trx, log, incident, plan, recipients, at, options);
}
