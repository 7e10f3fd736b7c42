import type {
  ActivationReason,
  Answer,
  IncidentStatus,
  ParticipationStatus,
} from "@beredd/contracts";
import type { Db } from "../../../platform/db/index.js";
import { newId } from "../../../platform/ids.js";
import { peopleQuery } from "../../people/index.js";
import type { ChangeWindow } from "./answer-limit.js";
import { audienceCandidates } from "./audience.js";

/** A receipt ("my device has the alarm") or an answer, from one person in one incident. */
export interface Response {
  organizationId: string;
  personId: string;
  incidentId: string;
  kind: "received" | Answer;
  /** The socket it came over, if any: answered directly, so no note of it goes back there. */
  origin?: unknown;
}

/** Ids per IN list and rows per statement in the answer batch. */
export const CHUNK = 500;

/** One participation as the batch sees it: its row, its incident's status and the person's name. */
export interface State extends ChangeWindow {
  id: string;
  organization_id: string;
  incident_id: string;
  person_id: string;
  /** Part of their own (not one of everyone at the place): the roles they hold, if any. */
  reason: ActivationReason;
  role_keys: string[];
  status: ParticipationStatus;
  notified_at: string;
  received_at: string | null;
  answered_at: string | null;
  incident_status: IncidentStatus;
  drill: number;
  name: string;
}

/** The batch's participations by incident and person, without building a key per lookup. */
export class States {
  readonly #byIncident = new Map<string, Map<string, State>>();
  get(incidentId: string, personId: string): State | undefined {
    return this.#byIncident.get(incidentId)?.get(personId);
  }
  set(state: State): void {
    let people = this.#byIncident.get(state.incident_id);
    if (!people) this.#byIncident.set(state.incident_id, (people = new Map<string, State>()));
    people.set(state.person_id, state);
  }
}

/** The participations the batch talks about, with their incident's status, in a few queries. */
export async function loadStates(
  trx: Db,
  incidentIds: string[],
  personIds: string[],
): Promise<States> {
  const states = new States();
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const rows = await peopleQuery(trx)
      .innerJoin("participations as p", "p.person_id", "person.id")
      .innerJoin("incidents as i", "i.id", "p.incident_id")
      .select([
        "p.id",
        "p.organization_id",
        "p.incident_id",
        "p.person_id",
        "p.reason",
        "p.status",
        "p.notified_at",
        "p.received_at",
        "p.answered_at",
        "p.changes_window_started_at",
        "p.changes_in_window",
        "i.status as incident_status",
        "i.drill",
        "person.name",
      ])
      .where("p.incident_id", "in", incidentIds)
      .where("p.person_id", "in", personIds.slice(i, i + CHUNK))
      .execute();
    const own = new Map<string, State>();
    for (const row of rows) {
      const state = { ...row, role_keys: [] };
      states.set(state);
      if (row.reason !== "everyone") own.set(row.id, state);
    }
    // Only people with a part of their own can hold roles: a few, beside a mass of answers.
    if (own.size)
      for (const r of await trx
        .selectFrom("participation_roles")
        .select(["participation_id", "role_key"])
        .where("participation_id", "in", [...own.keys()])
        .execute())
        own.get(r.participation_id)?.role_keys.push(r.role_key);
  }
  return states;
}

/** The batch's people who are in an incident through its audience and have no participation yet. */
export async function addAudienceStates(
  trx: Db,
  items: Response[],
  incidentIds: string[],
  states: States,
  fresh: Set<State>,
) {
  // Who is missing in which incident: a person whose unit is in the audiences of two incidents
  // of the batch gets a participation only in the one they responded to.
  const missing = new Map<string, Set<string>>();
  for (const i of items) {
    if (states.get(i.incidentId, i.personId)) continue;
    let people = missing.get(i.incidentId);
    if (!people) missing.set(i.incidentId, (people = new Set()));
    people.add(i.personId);
  }
  if (missing.size === 0) return;
  const people = [...new Set([...missing.values()].flatMap((p) => [...p]))];
  for (const c of await audienceCandidates(trx, incidentIds, people)) {
    if (!missing.get(c.incident_id)?.has(c.person_id) || states.get(c.incident_id, c.person_id))
      continue;
    const s: State = {
      id: newId(),
      organization_id: c.organization_id,
      incident_id: c.incident_id,
      person_id: c.person_id,
      reason: "everyone",
      role_keys: [],
      status: "notified",
      notified_at: c.added_at,
      received_at: null,
      answered_at: null,
      changes_window_started_at: null,
      changes_in_window: 0,
      incident_status: c.incident_status,
      drill: c.drill,
      name: c.name,
    };
    states.set(s);
    fresh.add(s);
  }
}
