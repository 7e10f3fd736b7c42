import { LoginRequest, Session, UpdateMe } from "../session.js";
import { defineRoute, NoContent } from "../route.js";

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
};
