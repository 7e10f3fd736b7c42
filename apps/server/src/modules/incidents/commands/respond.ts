import type {
  ActivationReason,
  Answer,
  EventActor,
  IncidentStatus,
  ParticipationState,
  ParticipationStatus,
} from "@beredd/contracts";
import { CompiledQuery } from "kysely";
import type { Deps } from "../../../deps.js";
import type { Db, DialectName } from "../../../platform/db/index.js";
import {
  commitWithEvents,
  type AuditDraft,
  type EventLog,
} from "../../../platform/events/index.js";
import type { AppError } from "../../../platform/errors.js";
import { conflict, notFound } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { peopleQuery } from "../../people/index.js";
import { audienceCandidates } from "../audience.js";
import { INCIDENT, IncidentLog } from "../event-log.js";
import { cancelTimers } from "../escalation/schedule.js";

/** A receipt ("my device has the alarm") or an answer, from one person in one incident. */
export interface Response {
  organizationId: string;
  personId: string;
  incidentId: string;
  kind: "received" | Answer;
  /** The socket it came over, if any: answered directly, so no note of it goes back there. */
  origin?: unknown;
}

export type ResponseResult = { ok: ParticipationState } | { error: AppError };

const CHUNK = 500;

/** One participation as the batch sees it: its row, its incident's status and the person's name. */
interface State {
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

/** What one item of the batch changed, turned into the event once the rows are written. */
interface Change {
  state: State;
  response: "received" | Answer;
  origin: unknown;
}

/**
 * Records a batch of receipts and answers in one transaction (see GroupCommit): thousands of
 * people answering at once cost a few fsyncs and, per incident, one "participants.responded"
 * event. Each item is checked on its own; a repeated answer changes nothing and is not in the
 * event. Someone alerted as one of everyone at the place gets their participation now, on their
 * first response. An acknowledgement stops the escalation steps that wait for that person's
 * role, in the same transaction.
 */
export async function recordResponses(deps: Deps, items: Response[]): Promise<ResponseResult[]> {
  const at = deps.clock.now();
  const ts = at.toISOString();
  const audit: AuditDraft[] = [];
  return commitWithEvents(
    deps,
    async (trx, events) => {
      const incidentIds = [...new Set(items.map((i) => i.incidentId))];
      const states = await loadStates(trx, incidentIds, [...new Set(items.map((i) => i.personId))]);
      const fresh = new Set<State>();
      await addAudienceStates(trx, items, incidentIds, states, fresh);
      const changes: Change[] = [];
      const received: State[] = [];
      // The last answer of each participation in the batch: one update per answer value below.
      const answered = new Map<State, Answer>();
      const stopEscalation = new Set<string>();
      const out = items.map((item): { ok: State } | { error: AppError } => {
        const s = states.get(item.incidentId, item.personId);
        if (!s || s.organization_id !== item.organizationId)
          return { error: notFound("Your part in this incident") };
        if (item.kind !== "received" && s.incident_status !== "active")
          return { error: conflict("The incident is no longer active") };
        if (item.kind === "received") {
          if (s.received_at === null) {
            s.received_at = ts;
            if (s.status === "notified") s.status = "received";
            if (!fresh.has(s)) received.push(s);
            changes.push({ state: s, response: "received", origin: item.origin });
          }
        } else if (s.status !== item.kind) {
          s.status = item.kind;
          s.answered_at = ts;
          s.received_at ??= ts;
          if (!fresh.has(s)) answered.set(s, item.kind);
          if (item.kind !== "cannot")
            for (const role of s.role_keys) stopEscalation.add(`${s.incident_id}/${role}`);
          changes.push({ state: s, response: item.kind, origin: item.origin });
        }
        return { ok: s };
      });

      await insertFresh(trx, deps.dialect, [...fresh]);
      await updateReceived(trx, received, ts);
      for (const [answer, list] of groupByAnswer(answered))
        for (let i = 0; i < list.length; i += CHUNK)
          await trx
            .updateTable("participations")
            .set((eb) => ({
              status: answer,
              answered_at: ts,
              received_at: eb.fn.coalesce("received_at", eb.val(ts)),
            }))
            .where(
              "id",
              "in",
              list.slice(i, i + CHUNK).map((s) => s.id),
            )
            .execute();
      for (const key of stopEscalation) {
        const [incidentId = "", roleKey] = key.split("/");
        await cancelTimers(trx, incidentId, at, roleKey);
      }
      audit.push(...addEvents(events, changes));
      return out.map((r): ResponseResult => ("ok" in r ? { ok: stateOf(r.ok) } : r));
    },
    () => audit,
  );
}

const stateOf = (s: State): ParticipationState => ({
  participantId: s.id,
  status: s.status,
  receivedAt: s.received_at,
  answeredAt: s.answered_at,
});

/** The batch's participations by incident and person, without building a key per lookup. */
class States {
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
async function loadStates(trx: Db, incidentIds: string[], personIds: string[]): Promise<States> {
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
async function addAudienceStates(
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
      incident_status: c.incident_status,
      drill: c.drill,
      name: c.name,
    };
    states.set(s);
    fresh.add(s);
  }
}

/** A fresh participation's row; its keys' order is the order of the upsert's parameters. */
const freshRow = (s: State) => ({
  id: s.id,
  organization_id: s.organization_id,
  incident_id: s.incident_id,
  person_id: s.person_id,
  reason: "everyone" as const,
  status: s.status,
  notified_at: s.notified_at,
  received_at: s.received_at,
  answered_at: s.answered_at,
});

/**
 * The upsert of a chunk of fresh participations. On PostgreSQL another node may have written the
 * same person's participation a moment earlier: the two merge (the furthest answer and the
 * earliest receipt win), and the stored rows are read back for their ids and states. SQLite has
 * one writer, and this transaction has read the batch's participations: no row can conflict
 * there, nothing needs reading back, and leaving it out makes the insert a fifth cheaper.
 */
function freshUpsert(trx: Db, dialect: DialectName, chunk: State[]): CompiledQuery {
  const upsert = trx
    .insertInto("participations")
    .values(chunk.map(freshRow))
    .onConflict((oc) =>
      oc.columns(["incident_id", "person_id"]).doUpdateSet((eb) => ({
        status: eb
          .case()
          .when(
            eb.and([
              eb("excluded.status", "=", "received"),
              eb("participations.status", "!=", "notified"),
            ]),
          )
          .then(eb.ref("participations.status"))
          .else(eb.ref("excluded.status"))
          .end(),
        received_at: eb.fn.coalesce("participations.received_at", "excluded.received_at"),
        answered_at: eb.fn.coalesce("excluded.answered_at", "participations.answered_at"),
      })),
    );
  return dialect === "postgres"
    ? upsert.returning(["id", "person_id", "incident_id", "status"]).compile()
    : upsert.compile();
}

/** A compiled upsert without its rows: the SQL, and the constants after the rows' values. */
interface Upsert {
  sql: string;
  tail: readonly unknown[];
}

// Full chunks, the bulk of a mass answer, share one compiled upsert per dialect: Kysely parsing
// and compiling 4,500 values took a third of the time SQLite took to insert them. A shorter last
// chunk is compiled as it comes, so this holds one entry per dialect, never more.
const fullChunkUpserts = new Map<DialectName, Upsert>();

function upsertFor(trx: Db, dialect: DialectName, chunk: State[], values: number): Upsert {
  const cached = chunk.length === CHUNK ? fullChunkUpserts.get(dialect) : undefined;
  if (cached) return cached;
  const compiled = freshUpsert(trx, dialect, chunk);
  const upsert = { sql: compiled.sql, tail: compiled.parameters.slice(values) };
  if (chunk.length === CHUNK) fullChunkUpserts.set(dialect, upsert);
  return upsert;
}

/** Writes the participations of people from the audience, in their state after this batch. */
async function insertFresh(trx: Db, dialect: DialectName, fresh: State[]) {
  // 9 columns (the role stays null): 500 rows stay far inside SQLite's limit of bound values.
  for (let i = 0; i < fresh.length; i += CHUNK) {
    const chunk = fresh.slice(i, i + CHUNK);
    const values: unknown[] = chunk.flatMap((s) => Object.values(freshRow(s)));
    const upsert = upsertFor(trx, dialect, chunk, values.length);
    const { rows: stored } = await trx.executeQuery<{
      id: string;
      person_id: string;
      incident_id: string;
      status: ParticipationStatus;
    }>(
      CompiledQuery.raw(
        upsert.sql,
        // The rows' values, then the constants of the conflict clause.
        [...values, ...upsert.tail],
      ),
    );
    const byKey = new States();
    for (const s of chunk) byKey.set(s);
    for (const row of stored) {
      const s = byKey.get(row.incident_id, row.person_id);
      if (!s) continue;
      s.id = row.id;
      s.status = row.status;
    }
  }
}

async function updateReceived(trx: Db, received: State[], ts: string) {
  for (let i = 0; i < received.length; i += CHUNK) {
    const ids = received.slice(i, i + CHUNK).map((s) => s.id);
    await trx
      .updateTable("participations")
      .set({ status: "received" })
      .where("id", "in", ids)
      .where("status", "=", "notified")
      .execute();
    await trx
      .updateTable("participations")
      .set({ received_at: ts })
      .where("id", "in", ids)
      .where("received_at", "is", null)
      .execute();
  }
}

/**
 * One "participants.responded" event per incident and audience: role holders' responses for
 * everyone in the incident (they coordinate with each other), the rest for the staff. Each
 * response carries the participant's state, so their other devices learn of it from the log.
 * The audit trail gets one entry per event: who recorded how many; the event names each person.
 */
function addEvents(events: EventLog, changes: Change[]): AuditDraft[] {
  const groups = new Map<string, { state: State; roles: boolean; changes: Change[] }>();
  for (const change of changes) {
    const s = change.state;
    const roles = s.role_keys.length > 0;
    const key = `${s.organization_id}/${s.incident_id}/${roles}`;
    const group = groups.get(key) ?? { state: s, roles, changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  }
  const audit: AuditDraft[] = [];
  for (const { state: s, roles, changes: list } of groups.values()) {
    // One person's responses carry their name; a batch of many is the system recording them.
    const people = new Set(list.map((c) => c.state.person_id));
    const actor: EventActor =
      people.size === 1
        ? { type: "person", id: s.person_id, name: s.name }
        : { type: "system", id: null, name: "Beredd" };
    const origins = new Set(list.flatMap((c) => (c.origin === undefined ? [] : [c.origin])));
    new IncidentLog(events, s.organization_id, actor).add(
      { id: s.incident_id, drill: s.drill === 1 },
      "participants.responded",
      {
        responses: list.map((c) => ({
          participantId: c.state.id,
          personId: c.state.person_id,
          response: c.response,
          status: c.state.status,
          receivedAt: c.state.received_at,
          answeredAt: c.state.answered_at,
        })),
      },
      roles ? { kind: "subject" } : { kind: "staff" },
      origins.size ? origins : undefined,
    );
    audit.push({
      organizationId: s.organization_id,
      actor,
      action: "participants.respond",
      subjectType: INCIDENT,
      subjectId: s.incident_id,
      data: { responses: list.length },
    });
  }
  return audit;
}

function groupByAnswer(answered: Map<State, Answer>): Map<Answer, State[]> {
  const groups = new Map<Answer, State[]>();
  for (const [state, answer] of answered) {
    const list = groups.get(answer) ?? [];
    list.push(state);
    groups.set(answer, list);
  }
  return groups;
}
