import type { Answer, EventActor, ParticipationState } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Db } from "../../../platform/db/index.js";
import {
  commitWithEvents,
  type AuditDraft,
  type EventLog,
} from "../../../platform/events/index.js";
import type { AppError } from "../../../platform/errors.js";
import { conflict, notFound } from "../../../platform/errors.js";
import { INCIDENT, IncidentLog } from "../log/event-log.js";
import { cancelTimers } from "../escalation/schedule.js";
import { countChange, saveChangeCounts } from "./answer-limit.js";
import { insertFresh } from "./respond-fresh.js";
import {
  addAudienceStates,
  CHUNK,
  loadStates,
  type Response,
  type State,
} from "./respond-states.js";

export type { Response };

export type ResponseResult = { ok: ParticipationState } | { error: AppError };

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
 * event; changing an answer already given is limited per person and incident (answer-limit.ts).
 * Someone alerted as one of everyone at the place gets their participation now, on their
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
      // Participations whose count of changed answers moved (answer-limit.ts).
      const counted = new Set<State>();
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
          if (s.answered_at !== null) {
            const refused = countChange(s, at, deps.config.answerChangeLimit);
            if (refused) return { error: refused };
            counted.add(s);
          }
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
      await saveChangeCounts(trx, counted);
      for (const key of stopEscalation) {
        const [incidentId = "", roleKey] = key.split("/");
        await cancelTimers(trx, incidentId, at, roleKey);
      }
      audit.push(...addEvents(events, changes));
      return out.map((r): ResponseResult => ("ok" in r ? { ok: stateOf(r.ok) } : r));
    },
    audit,
  );
}

const stateOf = (s: State): ParticipationState => ({
  participantId: s.id,
  status: s.status,
  receivedAt: s.received_at,
  answeredAt: s.answered_at,
});

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
