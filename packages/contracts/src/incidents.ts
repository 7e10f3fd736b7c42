import { z } from "zod";
import { Id, LocalizedText, Timestamp, limits, listOf, updateOf } from "./common.js";
import { typedText } from "./text.js";
import { EveryoneReach, Key, Severity } from "./scenarios.js";

export const IncidentStatus = z.enum(["active", "resolved", "closed"]);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

/** A participant's answer: one request, idempotent. */
export const Answer = z.enum(["acknowledged", "on_my_way", "cannot"]);
export type Answer = z.infer<typeof Answer>;
export const ParticipationStatus = z.enum([
  "notified",
  "received",
  "acknowledged",
  "on_my_way",
  "cannot",
]);
export type ParticipationStatus = z.infer<typeof ParticipationStatus>;

/** Why a person was activated. */
export const ActivationReason = z.enum([
  "role",
  "deputy",
  "everyone",
  "escalation",
  "manual",
  "scenario_switch",
  /** The person who raised the alarm, to follow it (they know of it: acknowledged at once). */
  "raised",
  /** The organisation's fallback role, for a raise whose plan reached no one. */
  "fallback",
]);
export type ActivationReason = z.infer<typeof ActivationReason>;

const Note = typedText({ max: 2000, min: 0, lines: true });

/**
 * Strict: an unknown field is an error. A client that sends `drill: true` to the alarm endpoint
 * must be told, not have a real alarm raised in its place (the Hawaii 2018 lesson).
 */
export const RaiseIncident = z.strictObject({
  scenarioId: Id,
  unitId: Id,
  /** Where exactly, in the raiser's words ("korridoren utanför A101"). */
  placeNote: Note.optional(),
  note: Note.optional(),
  severity: Severity.optional(),
});
export type RaiseIncident = z.infer<typeof RaiseIncident>;

export const Actor = z.object({
  type: z.enum(["person", "api_token", "system"]),
  id: z.string().nullable(),
  name: z.string(),
});
export type EventActor = z.infer<typeof Actor>;

/** One role a participant holds in an incident, with why and when they were given it. */
export const ParticipantRole = z.object({
  roleId: Id,
  roleKey: z.string(),
  roleName: LocalizedText.nullable(),
  reason: ActivationReason,
  activatedAt: Timestamp,
});
export type ParticipantRole = z.infer<typeof ParticipantRole>;

/** One person in an incident: one answer, and every role (with its card) they hold in it. */
export const Participant = z.object({
  id: Id,
  personId: Id,
  name: z.string(),
  roles: z.array(ParticipantRole),
  reason: ActivationReason,
  status: ParticipationStatus,
  notifiedAt: Timestamp,
  receivedAt: Timestamp.nullable(),
  answeredAt: Timestamp.nullable(),
});
export type Participant = z.infer<typeof Participant>;

/**
 * Everyone at the place (lockdown, evacuation): the units frozen when they were alerted and the
 * live totals of their people. Each of them appears among the participants once they respond.
 */
export const IncidentAudience = z.object({
  unitIds: z.array(Id),
  people: z.number().int(),
  received: z.number().int(),
  acknowledged: z.number().int(),
  onMyWay: z.number().int(),
  cannot: z.number().int(),
});
export type IncidentAudience = z.infer<typeof IncidentAudience>;

export const Task = z.object({
  id: Id,
  roleId: Id,
  roleKey: z.string(),
  itemId: z.string(),
  text: LocalizedText,
  mode: z.enum(["each", "once"]),
  position: z.number().int(),
  completions: z.array(z.object({ personId: Id, at: Timestamp })),
  done: z.boolean(),
});
export type Task = z.infer<typeof Task>;

export const LogEntry = z.object({
  id: Id,
  kind: z.enum(["message", "status"]),
  text: z.string(),
  authorName: z.string(),
  at: Timestamp,
  key: z.boolean(),
});
export type LogEntry = z.infer<typeof LogEntry>;

export const RollCallStatus = z.enum(["safe", "need_help"]);
export const RollCall = z.object({
  safe: z.number().int(),
  needHelp: z.number().int(),
  notAnswered: z.array(Id),
  people: z.array(
    z.object({ personId: Id, status: RollCallStatus, note: z.string().nullable(), at: Timestamp }),
  ),
  groups: z.array(
    z.object({
      label: z.string(),
      present: z.number().int(),
      expected: z.number().int(),
      missing: z.number().int(),
      reportedBy: Id,
      at: Timestamp,
    }),
  ),
});
export type RollCall = z.infer<typeof RollCall>;

export const Incident = z.object({
  id: Id,
  scenario: z.object({ id: Id, key: z.string(), name: LocalizedText }),
  unitId: Id,
  placeNote: z.string().nullable(),
  note: z.string().nullable(),
  severity: Severity,
  status: IncidentStatus,
  drill: z.boolean(),
  /** Recalled as a false alarm (återkallat — fellarm). */
  recalled: z.boolean(),
  silent: z.boolean(),
  alertText: LocalizedText,
  instructions: LocalizedText,
  requiresAcknowledgement: z.boolean(),
  rollCallEnabled: z.boolean(),
  raisedBy: Actor,
  raisedAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  /** People with a part on record: the roles activated, and everyone else who has responded. */
  participants: z.array(Participant),
  audience: IncidentAudience.nullable(),
  tasks: z.array(Task),
  progress: z.array(
    z.object({ roleId: Id, roleKey: z.string(), done: z.number().int(), total: z.number().int() }),
  ),
  rollCall: RollCall,
  log: z.array(LogEntry),
  lastSeq: z.number().int(),
});
export type Incident = z.infer<typeof Incident>;

export const IncidentSummary = Incident.pick({
  id: true,
  scenario: true,
  unitId: true,
  severity: true,
  status: true,
  drill: true,
  recalled: true,
  silent: true,
  raisedAt: true,
  resolvedAt: true,
  closedAt: true,
});
export type IncidentSummary = z.infer<typeof IncidentSummary>;
export const IncidentList = listOf(IncidentSummary);

/** The answer to a raise: enough to show "sent to N people"; GET the incident for the rest. */
export const RaisedIncident = IncidentSummary.extend({
  activated: z.number().int(),
  /**
   * Set when the plan reached no one at the place and the organisation's fallback role was alerted
   * instead: whom (0 when not even they could be), and the words to show the raiser.
   */
  fallback: z
    .object({ roleKey: z.string().nullable(), activated: z.number().int(), message: LocalizedText })
    .nullable(),
});
export type RaisedIncident = z.infer<typeof RaisedIncident>;
export const IncidentListQuery = z.object({
  status: IncidentStatus.optional(),
  limit: z.coerce.number().int().min(1).max(limits.listLimitMax).default(limits.listLimitDefault),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AnswerRequest = z.strictObject({ answer: Answer });
/** A participant's state after an answer or a receipt. */
export const ParticipationState = z.object({
  participantId: Id,
  status: ParticipationStatus,
  receivedAt: Timestamp.nullable(),
  answeredAt: Timestamp.nullable(),
});
export type ParticipationState = z.infer<typeof ParticipationState>;
export const AddLogEntry = z.strictObject({
  kind: z.enum(["message", "status"]).default("message"),
  text: typedText({ max: 4000, lines: true }),
});
export const MarkLogEntry = z.strictObject({ key: z.boolean() });
export const RollCallReport = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("person"), status: RollCallStatus, note: Note.optional() }),
  z.strictObject({
    kind: z.literal("group"),
    label: typedText({ max: 100 }),
    present: z.number().int().min(0).max(10_000),
    expected: z.number().int().min(0).max(10_000),
    note: Note.optional(),
  }),
]);
export type RollCallReport = z.infer<typeof RollCallReport>;
export const Escalate = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("role"), roleKey: Key }),
  z.strictObject({ kind: z.literal("person"), personId: Id }),
]);
export type Escalate = z.infer<typeof Escalate>;
export const UpdateIncident = updateOf({
  severity: Severity,
  unitId: Id,
  placeNote: Note.nullable(),
  scenarioId: Id,
});
export type UpdateIncident = z.infer<typeof UpdateIncident>;
export const Recall = z.strictObject({ reason: typedText({ max: 2000, lines: true }) });
export const TaskParams = z.object({ id: Id, taskId: Id });
export const LogEntryParams = z.object({ id: Id, entryId: Id });
/** A page of the timeline: the events after a sequence number, at most `limit` of them. */
export const TimelineQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(limits.listLimitMax).default(limits.listLimitDefault),
});

/** Who an alarm would reach, shown before it is confirmed: GET /incidents/preview. */
export const PreviewQuery = z.object({ scenarioId: Id, unitId: Id });
export const IncidentPreview = z.object({
  scenarioId: Id,
  unitId: Id,
  /** Everyone at the place, when the scenario alerts everyone: the unit the reach resolved to. */
  everyone: z
    .object({
      reach: EveryoneReach,
      unitId: Id,
      unitName: z.string(),
      units: z.number().int(),
      people: z.number().int(),
    })
    .nullable(),
  /** The roles activated at once and the people who hold them there (deputies wait). */
  roles: z.array(
    z.object({
      roleKey: z.string(),
      roleName: LocalizedText.nullable(),
      people: z.array(z.object({ personId: Id, name: z.string() })),
      /** Holders of the role there who are away now: not activated (their deputies are). */
      absent: z.array(z.object({ personId: Id, name: z.string() })),
    }),
  ),
  /** Everyone the alarm reaches: role holders and everyone at the place, each person once. */
  people: z.number().int(),
});
export type IncidentPreview = z.infer<typeof IncidentPreview>;
