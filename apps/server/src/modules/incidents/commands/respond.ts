import type { Answer, ParticipationState } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { inTransaction, type Db } from "../../../platform/db/index.js";
import type { AppError } from "../../../platform/errors.js";
import { conflict, notFound } from "../../../platform/errors.js";
import type { StreamMessage } from "../../../platform/realtime/index.js";
import { EventLog } from "../event-log.js";
import { cancelTimers } from "../escalation/schedule.js";

/** A receipt ("my device has the alarm") or an answer, from one person in one incident. */
export interface Response {
  organizationId: string;
  personId: string;
  incidentId: string;
  kind: "received" | Answer;
}

export type ResponseResult = { ok: ParticipationState } | { error: AppError };

const CHUNK = 500;

/**
 * Records a batch of receipts and answers in one transaction (see GroupCommit): thousands of
 * people answering at once cost a few fsyncs. Each item is checked on its own; a repeated
 * answer changes nothing and writes no event. An acknowledgement stops the escalation steps
 * that wait for that person's role, in the same transaction.
 */
export async function recordResponses(deps: Deps, items: Response[]): Promise<ResponseResult[]> {
  const at = deps.clock.now();
  const ts = at.toISOString();
  let messages: StreamMessage[] = [];
  const results = await inTransaction(deps.db, async (trx) => {
    const states = await loadStates(trx, items);
    const logs = new Map<string, EventLog>();
    const received: string[] = [];
    // The last answer of each participation in the batch: one update per answer value below.
    const answered = new Map<string, Answer>();
    const stopEscalation = new Set<string>();
    const out = items.map((item): ResponseResult => {
      const s = states.get(`${item.incidentId}/${item.personId}`);
      if (!s || s.organization_id !== item.organizationId)
        return { error: notFound("Your part in this incident") };
      if (item.kind !== "received" && s.incident_status !== "active")
        return { error: conflict("The incident is no longer active") };
      const log =
        logs.get(s.organization_id) ??
        new EventLog(trx, s.organization_id, { type: "person", id: s.person_id, name: s.name }, at);
      logs.set(s.organization_id, log);
      const incident = { id: s.incident_id, drill: s.drill === 1 };
      const audience = s.role_key
        ? ({ kind: "incident", incidentId: s.incident_id } as const)
        : ({ kind: "person", personId: s.person_id } as const);
      if (item.kind === "received") {
        if (s.received_at === null) {
          s.received_at = ts;
          if (s.status === "notified") s.status = "received";
          received.push(s.id);
          log.add(
            incident,
            "participant.received",
            { participantId: s.id, personId: s.person_id },
            audience,
          );
        }
      } else if (s.status !== item.kind) {
        s.status = item.kind;
        s.answered_at = ts;
        s.received_at ??= ts;
        answered.set(s.id, item.kind);
        if (item.kind !== "cannot" && s.role_key)
          stopEscalation.add(`${s.incident_id}/${s.role_key}`);
        log.add(
          incident,
          "participant.answered",
          { participantId: s.id, personId: s.person_id, answer: item.kind },
          audience,
        );
      }
      return {
        ok: {
          participantId: s.id,
          status: s.status,
          receivedAt: s.received_at,
          answeredAt: s.answered_at,
        },
      };
    });

    for (let i = 0; i < received.length; i += CHUNK) {
      const ids = received.slice(i, i + CHUNK);
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
    for (const [answer, ids] of groupByAnswer(answered))
      for (let i = 0; i < ids.length; i += CHUNK)
        await trx
          .updateTable("participations")
          .set((eb) => ({
            status: answer,
            answered_at: ts,
            received_at: eb.fn.coalesce("received_at", eb.val(ts)),
          }))
          .where("id", "in", ids.slice(i, i + CHUNK))
          .execute();
    for (const key of stopEscalation) {
      const [incidentId = "", roleKey] = key.split("/");
      await cancelTimers(trx, incidentId, at, roleKey);
    }
    for (const log of logs.values()) messages = messages.concat(await log.write());
    return out;
  });
  deps.publish(messages);
  return results;
}

/** The participations the batch talks about, with their incident's status, in a few queries. */
async function loadStates(trx: Db, items: Response[]) {
  const states = new Map<string, Awaited<ReturnType<typeof query>>[number]>();
  const query = (incidentIds: string[], personIds: string[]) =>
    trx
      .selectFrom("participations as p")
      .innerJoin("incidents as i", "i.id", "p.incident_id")
      .innerJoin("people as person", "person.id", "p.person_id")
      .select([
        "p.id",
        "p.organization_id",
        "p.incident_id",
        "p.person_id",
        "p.role_key",
        "p.status",
        "p.received_at",
        "p.answered_at",
        "i.status as incident_status",
        "i.drill",
        "person.name",
      ])
      .where("p.incident_id", "in", incidentIds)
      .where("p.person_id", "in", personIds)
      .execute();
  const incidentIds = [...new Set(items.map((i) => i.incidentId))];
  const personIds = [...new Set(items.map((i) => i.personId))];
  for (let i = 0; i < personIds.length; i += CHUNK)
    for (const row of await query(incidentIds, personIds.slice(i, i + CHUNK)))
      states.set(`${row.incident_id}/${row.person_id}`, row);
  return states;
}

function groupByAnswer(answered: Map<string, Answer>): Map<Answer, string[]> {
  const groups = new Map<Answer, string[]>();
  for (const [id, answer] of answered) {
    const ids = groups.get(answer) ?? [];
    ids.push(id);
    groups.set(answer, ids);
  }
  return groups;
}
