import { z } from "zod";
import { IdParams } from "../common.js";
import {
  Incident,
  IncidentList,
  IncidentListQuery,
  IncidentPreview,
  PreviewQuery,
  RaiseIncident,
  RaisedIncident,
  Recall,
  TimelineQuery,
  UpdateIncident,
} from "../incidents.js";
import { Timeline } from "../realtime.js";
import { authProblems, defineRoute, NoContent } from "../route.js";

const tags = ["Incidents"];

export const IdempotencyHeaders = z.object({
  "idempotency-key": z
    .string()
    .min(8)
    .max(200)
    .optional()
    .describe("Retries with the same key never raise a second alarm"),
});

const raise = <P extends string>(path: P, summary: string) =>
  defineRoute({
    method: "POST",
    path,
    summary,
    tags,
    headers: IdempotencyHeaders,
    body: RaiseIncident,
    responses: { 200: RaisedIncident, 201: RaisedIncident },
    problems: [...authProblems, 409],
  });

const lifecycle = <P extends string>(path: P, summary: string) =>
  defineRoute({
    method: "POST",
    path,
    summary,
    tags,
    params: IdParams,
    responses: { 204: NoContent },
    problems: [...authProblems, 404, 409],
  });

export const incidents = {
  raise: raise("/api/v1/incidents", "Raise an alarm (answers once it is on disk)"),
  startDrill: raise(
    "/api/v1/drills",
    "Start a drill (övning): the same flow, marked as an exercise everywhere",
  ),
  list: defineRoute({
    method: "GET",
    path: "/api/v1/incidents",
    summary: "Incidents, newest first (staff see all, others their own)",
    tags,
    querystring: IncidentListQuery,
    responses: { 200: IncidentList },
    problems: authProblems,
  }),
  preview: defineRoute({
    method: "GET",
    path: "/api/v1/incidents/preview",
    summary: "Who an alarm would reach, shown before it is confirmed (nothing is raised)",
    tags,
    querystring: PreviewQuery,
    responses: { 200: IncidentPreview },
    problems: authProblems,
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/incidents/:id",
    summary: "An incident: participants, action cards, roll-call, log",
    tags,
    params: IdParams,
    responses: { 200: Incident },
    problems: [...authProblems, 404],
  }),
  timeline: defineRoute({
    method: "GET",
    path: "/api/v1/incidents/:id/timeline",
    summary: "The incident's event log, after a sequence number",
    tags,
    params: IdParams,
    querystring: TimelineQuery,
    responses: { 200: Timeline },
    problems: [...authProblems, 404],
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/incidents/:id",
    summary: "Change severity, place, or switch the scenario in flight",
    tags,
    params: IdParams,
    body: UpdateIncident,
    responses: { 200: Incident },
    problems: [...authProblems, 404, 409],
  }),
  resolve: lifecycle("/api/v1/incidents/:id/resolution", "Mark the incident resolved"),
  close: lifecycle("/api/v1/incidents/:id/closure", "Close a resolved incident"),
  recall: defineRoute({
    ...lifecycle(
      "/api/v1/incidents/:id/recall",
      "Recall a false alarm (återkalla — fellarm): everyone reached is told at once",
    ),
    body: Recall,
  }),
};
