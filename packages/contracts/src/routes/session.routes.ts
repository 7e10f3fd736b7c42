import { IdParams } from "../common.js";
import { ChangePassword, EndedSessions, LoginRequest, Session, UpdateMe } from "../session.js";
import { authProblems, defineRoute, NoContent } from "../route.js";

const tags = ["Session"];

export const session = {
  create: defineRoute({
    method: "POST",
    path: "/api/v1/session",
    summary: "Sign in with e-mail and password",
    tags,
    security: [],
    body: LoginRequest,
    responses: { 201: Session },
    problems: [400, 401, 429],
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/session",
    summary: "The current session",
    tags,
    responses: { 200: Session },
    problems: [401],
  }),
  delete: defineRoute({
    method: "DELETE",
    path: "/api/v1/session",
    summary: "Sign out",
    tags,
    responses: { 204: NoContent },
    problems: [401, 403],
  }),
  updateMe: defineRoute({
    method: "PATCH",
    path: "/api/v1/me",
    summary: "Change your own name or language",
    tags,
    body: UpdateMe,
    responses: { 200: Session },
    problems: [400, 401, 403],
  }),
  changePassword: defineRoute({
    method: "PUT",
    path: "/api/v1/me/password",
    summary: "Change your own password; every other session of yours ends",
    tags,
    body: ChangePassword,
    responses: { 204: NoContent },
    problems: [400, 401, 403, 429],
  }),
  endOtherSessions: defineRoute({
    method: "DELETE",
    path: "/api/v1/me/sessions",
    summary: "Sign out everywhere else: every session of yours but this one ends",
    tags,
    responses: { 200: EndedSessions },
    problems: [401, 403],
  }),
  endSessionsOfPerson: defineRoute({
    method: "DELETE",
    path: "/api/v1/people/:id/sessions",
    summary: "End every session of a person (administrators)",
    tags,
    params: IdParams,
    responses: { 200: EndedSessions },
    problems: [...authProblems, 404],
  }),
};
