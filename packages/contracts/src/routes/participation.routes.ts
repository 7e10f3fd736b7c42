import { z } from "zod";
import { Id, IdParams } from "../common.js";
import {
  AddLogEntry,
  AnswerRequest,
  Escalate,
  LogEntryParams,
  MarkLogEntry,
  ParticipationState,
  RollCallReport,
  TaskParams,
} from "../incidents.js";
import { authProblems, defineRoute, NoContent } from "../route.js";

const tags = ["Incident participation"];
const noContent = { responses: { 204: NoContent }, problems: [...authProblems, 404, 409] } as const;

const completion = <M extends "PUT" | "DELETE">(method: M, summary: string) =>
  defineRoute({
    method,
    path: "/api/v1/incidents/:id/tasks/:taskId/completion",
    summary,
    tags,
    params: TaskParams,
    ...noContent,
  });

/** What a person does in an incident: answer, confirm, tick, log, report, escalate. */
export const participation = {
  answer: defineRoute({
    method: "POST",
    path: "/api/v1/incidents/:id/answers",
    summary: "Answer the alarm: acknowledged, on my way, or cannot (idempotent)",
    tags,
    params: IdParams,
    body: AnswerRequest,
    responses: { 200: ParticipationState },
    problems: [...authProblems, 404, 409],
  }),
  receipt: defineRoute({
    method: "POST",
    path: "/api/v1/incidents/:id/receipts",
    summary: "Confirm that this device has the alarm (notified → received)",
    tags,
    params: IdParams,
    responses: { 200: ParticipationState },
    problems: [...authProblems, 404],
  }),
  completeTask: completion("PUT", "Tick an action-card item (idempotent)"),
  uncompleteTask: completion("DELETE", "Untick an action-card item"),
  addLogEntry: defineRoute({
    method: "POST",
    path: "/api/v1/incidents/:id/log-entries",
    summary: "Add a message or status update to the shared log",
    tags,
    params: IdParams,
    body: AddLogEntry,
    responses: { 201: z.object({ id: Id }) },
    problems: [...authProblems, 404, 409],
  }),
  markLogEntry: defineRoute({
    method: "PATCH",
    path: "/api/v1/incidents/:id/log-entries/:entryId",
    summary: "Mark or unmark a key entry (log keeper)",
    tags,
    params: LogEntryParams,
    body: MarkLogEntry,
    ...noContent,
  }),
  reportRollCall: defineRoute({
    method: "POST",
    path: "/api/v1/incidents/:id/roll-call-reports",
    summary: "Report safe / need help, or a count for a group",
    tags,
    params: IdParams,
    body: RollCallReport,
    ...noContent,
  }),
  escalate: defineRoute({
    method: "POST",
    path: "/api/v1/incidents/:id/escalations",
    summary: "Escalate by hand: add a role or a person",
    tags,
    params: IdParams,
    body: Escalate,
    responses: { 200: z.object({ activated: z.number().int() }) },
    problems: [...authProblems, 404, 409],
  }),
};
