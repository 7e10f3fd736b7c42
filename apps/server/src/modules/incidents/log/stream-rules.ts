import {
  ClientMessage,
  type IncidentEvent,
  type ParticipationState,
  type ServerMessage,
} from "@beredd/contracts";
import { AppError } from "../../../platform/errors.js";
import type { ClientHandler, DirectNote, SubjectRules } from "../../../platform/realtime/index.js";
import { incidentsOfPerson } from "../participation/audience.js";
import { INCIDENT } from "./event-log.js";
import type { Responses } from "../participation/responses.js";

/**
 * Who follows an incident on the realtime stream: the people with a part of their own in it and
 * everyone at the units of its audience (while it is not closed), and what its events mean beyond
 * their audience: activations and audiences make people follow it, and recorded responses are
 * told to the person's own devices on every node.
 */
export const incidentSubject: SubjectRules = {
  subjectType: INCIDENT,
  async followed(db, organizationId, personId) {
    const rows = await db
      .selectFrom("incidents")
      .select("id")
      .where("organization_id", "=", organizationId)
      .where("status", "!=", "closed")
      .where("id", "in", incidentsOfPerson(db, personId))
      .execute();
    return rows.map((r) => r.id);
  },
  followedQuery: (db, personId) => incidentsOfPerson(db, personId),
  decorate(stored) {
    if (!DECORATED.has(stored.type)) return;
    const event = (stored.parsed ?? JSON.parse(stored.body)) as IncidentEvent;
    switch (event.type) {
      case "participants.activated":
        return { joins: { personIds: event.data.participants.map((p) => p.personId), groups: [] } };
      case "audience.added":
        return { joins: { personIds: [], groups: event.data.unitIds } };
      case "participants.responded":
        return { direct: recordedNotes(event) };
      default:
        return;
    }
  },
};

const DECORATED = new Set<string>([
  "participants.activated",
  "audience.added",
  "participants.responded",
]);

/** "Your answer is recorded", for each person's own devices: their latest state in the batch. */
function recordedNotes(event: Extract<IncidentEvent, { type: "participants.responded" }>) {
  const latest = new Map<string, (typeof event.data.responses)[number]>();
  for (const r of event.data.responses) latest.set(r.personId, r);
  return [...latest.values()].map((r): DirectNote => ({
    personId: r.personId,
    json: () =>
      JSON.stringify({
        type: "recorded",
        incidentId: event.incidentId,
        state: {
          participantId: r.participantId,
          status: r.status,
          receivedAt: r.receivedAt,
          answeredAt: r.answeredAt,
        },
      } satisfies ServerMessage),
  }));
}

/** Receipts and answers over the socket, like POST /incidents/:id/answers; answered on the socket. */
export function responseHandlers(responses: Responses): ClientHandler[] {
  return ["received", "answer"].map((type) => ({
    type,
    async handle(connection, raw): Promise<ServerMessage> {
      const parsed = ClientMessage.safeParse(raw);
      if (!parsed.success || parsed.data.type === "resume")
        throw new AppError("validation_failed", "Not a valid client message");
      const message = parsed.data;
      if (!connection.personId) throw new AppError("forbidden", "Only a person answers an alarm");
      const state: ParticipationState = await responses.submit({
        organizationId: connection.organizationId,
        personId: connection.personId,
        incidentId: message.incidentId,
        kind: message.type === "answer" ? message.answer : "received",
        origin: connection,
      });
      return { type: "recorded", incidentId: message.incidentId, state };
    },
  }));
}
