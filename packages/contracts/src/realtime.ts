import { z } from "zod";
import { Id, LocalizedText, Timestamp } from "./common.js";
import {
  ActivationReason,
  Actor,
  Answer,
  ParticipationState,
  ParticipationStatus,
  RollCallStatus,
} from "./incidents.js";
import { Severity } from "./scenarios.js";

const event = <T extends string, D extends z.ZodType>(type: T, payload: D) =>
  z.object({
    /** Per-organisation sequence number: gapless, in commit order. */
    seq: z.number().int().min(1),
    id: Id,
    incidentId: Id,
    type: z.literal(type),
    at: Timestamp,
    actor: Actor,
    /** Every event says whether it belongs to a drill (övning), so no screen can lose the mark. */
    drill: z.boolean(),
    data: payload,
  });

const Instructions = z.object({
  scenarioId: Id,
  scenarioKey: z.string(),
  name: LocalizedText,
  alertText: LocalizedText,
  instructions: LocalizedText,
  silent: z.boolean(),
});

/** Every typed event of an incident's log, past tense with a dot. */
export const IncidentEvent = z.discriminatedUnion("type", [
  event(
    "incident.raised",
    Instructions.extend({
      unitId: Id,
      placeNote: z.string().nullable(),
      note: z.string().nullable(),
      severity: Severity,
    }),
  ),
  /** Who was activated (staff see this; each person learns of their own activation from the incident's events). */
  event(
    "participants.activated",
    z.object({
      reason: ActivationReason,
      stepIndex: z.number().int().nullable(),
      participants: z.array(
        z.object({
          participantId: Id,
          personId: Id,
          name: z.string(),
          /** The roles given to the person by this activation (none when added by name). */
          roles: z.array(z.object({ roleId: Id, roleKey: z.string() })),
          /** False when the person was already in the incident and is given more to do. */
          newcomer: z.boolean(),
        }),
      ),
    }),
  ),
  /**
   * Everyone at the place is alerted (lockdown, evacuation): the people of these units are in the
   * incident's audience from now on, without a participation each until they first respond.
   */
  event(
    "audience.added",
    z.object({ reason: ActivationReason, unitIds: z.array(Id), people: z.number().int() }),
  ),
  /**
   * Receipts ("my device has the alarm") and answers recorded together (one group commit).
   * Role holders' responses are seen by everyone in the incident; the rest by the staff.
   */
  event(
    "participants.responded",
    z.object({
      responses: z.array(
        z.object({
          participantId: Id,
          personId: Id,
          response: z.union([z.literal("received"), Answer]),
          /** The participant's state once the batch is recorded. */
          status: ParticipationStatus,
          receivedAt: Timestamp.nullable(),
          answeredAt: Timestamp.nullable(),
        }),
      ),
    }),
  ),
  event(
    "task.completed",
    z.object({
      taskId: Id,
      roleKey: z.string(),
      itemId: z.string(),
      personId: Id,
      done: z.boolean(),
    }),
  ),
  event(
    "log.entry_added",
    z.object({
      entryId: Id,
      kind: z.enum(["message", "status"]),
      text: z.string(),
      authorName: z.string(),
    }),
  ),
  event("log.entry_marked", z.object({ entryId: Id, key: z.boolean() })),
  event(
    "rollcall.reported",
    z.object({
      personId: Id,
      status: RollCallStatus.nullable(),
      label: z.string().nullable(),
      present: z.number().int().nullable(),
      expected: z.number().int().nullable(),
      note: z.string().nullable(),
    }),
  ),
  event("incident.severity_changed", z.object({ from: Severity, to: Severity })),
  event("incident.place_changed", z.object({ unitId: Id, placeNote: z.string().nullable() })),
  /**
   * The incident now follows another scenario: new instructions for everyone, and for every role
   * held in the incident the new scenario's card. What the cards' change means per role: items
   * kept (both cards have them; their state carries over), removed (with whether they were done,
   * for the record) and added.
   */
  event(
    "incident.scenario_switched",
    Instructions.extend({
      fromScenarioId: Id,
      fromName: LocalizedText,
      cards: z.array(
        z.object({
          roleKey: z.string(),
          kept: z.array(z.string()),
          added: z.array(z.string()),
          removed: z.array(
            z.object({ itemId: z.string(), text: LocalizedText, done: z.boolean() }),
          ),
        }),
      ),
      /** People the new scenario's roles brought in. */
      activated: z.number().int(),
    }),
  ),
  event(
    "incident.escalated",
    z.object({
      source: z.enum(["manual", "plan"]),
      stepIndex: z.number().int().nullable(),
      roleKey: z.string().nullable(),
      personId: Id.nullable(),
      activated: z.number().int(),
    }),
  ),
  /**
   * An escalation step reached no one new: everyone it names is already in the incident, away,
   * has no way to be reached, or there is no one. Never silent: the coordinators are told in words, and
   * the plan's next step for the same role (if any) runs at once.
   */
  event(
    "escalation.reached_nobody",
    z.object({
      stepIndex: z.number().int(),
      roleKey: z.string(),
      skipped: z.array(
        z.object({
          personId: Id,
          name: z.string(),
          why: z.enum(["already_in", "absent", "unreachable"]),
        }),
      ),
      /** The step run at once in its place, or null when the plan has no further step. */
      nextStepIndex: z.number().int().nullable(),
      message: LocalizedText,
    }),
  ),
  /** The plan reached no one at the place: the organisation's fallback role was alerted instead. */
  event(
    "incident.fallback",
    z.object({
      roleKey: z.string().nullable(),
      activated: z.number().int(),
      message: LocalizedText,
    }),
  ),
  event("incident.resolved", z.object({})),
  event("incident.closed", z.object({})),
  event("incident.recalled", z.object({ reason: z.string() })),
]);
export type IncidentEvent = z.infer<typeof IncidentEvent>;
export type IncidentEventType = IncidentEvent["type"];
/**
 * A page of an incident's events, oldest first. `lastSeq` is the last one's sequence number (or
 * the `after` asked for); `nextAfter` is the `after` of the next page, null on the last page.
 */
export const Timeline = z.object({
  items: z.array(IncidentEvent),
  lastSeq: z.number().int(),
  nextAfter: z.number().int().nullable(),
});
export type Timeline = z.infer<typeof Timeline>;

/** Messages the server sends on the realtime socket (/api/v1/stream). */
export const ServerMessage = z.discriminatedUnion("type", [
  /** First message: the stream's epoch and the newest sequence number. */
  z.object({ type: z.literal("hello"), epoch: z.string(), seq: z.number().int() }),
  z.object({ type: z.literal("event"), event: IncidentEvent }),
  /** After a resume: everything missed has been replayed, live events follow. */
  z.object({ type: z.literal("caught_up"), seq: z.number().int() }),
  /** The client's position is no longer valid (a new epoch, or ahead of the log): reload in full. */
  z.object({
    type: z.literal("resync"),
    reason: z.enum(["epoch_changed", "position_unknown"]),
    epoch: z.string(),
    seq: z.number().int(),
  }),
  /** The answer (or receipt) is durably recorded; `ref` echoes the client's. */
  z.object({
    type: z.literal("recorded"),
    incidentId: Id,
    ref: z.string().optional(),
    state: ParticipationState,
  }),
  z.object({
    type: z.literal("error"),
    code: z.string(),
    message: z.string(),
    /** With `rate_limited`: the seconds until the request is taken again. */
    retryAfter: z.number().int().optional(),
    ref: z.string().optional(),
  }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/** Messages a client sends. */
export const ClientMessage = z.discriminatedUnion("type", [
  /** Replay everything after `after` (0 = from the beginning of what is visible). */
  z.object({
    type: z.literal("resume"),
    epoch: z.string().optional(),
    after: z.number().int().min(0),
  }),
  /** The device has the alarm: turns the participation from notified into received. */
  z.object({ type: z.literal("received"), incidentId: Id }),
  /** Answers the alarm over the socket, like POST /incidents/:id/answers; `ref` is echoed back. */
  z.object({
    type: z.literal("answer"),
    incidentId: Id,
    answer: Answer,
    ref: z.string().max(100).optional(),
  }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;
