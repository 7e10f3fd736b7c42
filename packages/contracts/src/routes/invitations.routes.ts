import { IdParams } from "../common.js";
import {
  AcceptInvitation,
  CreatedInvitation,
  InvitationParams,
  InvitationView,
} from "../invitations.js";
import { Session } from "../session.js";
import { authProblems, defineRoute } from "../route.js";

const tags = ["Invitations"];

export const invitations = {
  create: defineRoute({
    method: "POST",
    path: "/api/v1/people/:id/invitation",
    summary: "Create a sign-in link for a person (administrators); it replaces any earlier one",
    tags,
    params: IdParams,
    responses: { 201: CreatedInvitation },
    problems: [...authProblems, 404, 409],
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/invitations/:token",
    summary: "Whose sign-in link this is",
    tags,
    security: [],
    params: InvitationParams,
    responses: { 200: InvitationView },
    problems: [400, 404, 410, 429],
  }),
  accept: defineRoute({
    method: "POST",
    path: "/api/v1/invitations/:token",
    summary: "Choose a password with a sign-in link and sign in; the link is used up",
    tags,
    security: [],
    params: InvitationParams,
    body: AcceptInvitation,
    responses: { 201: Session },
    problems: [400, 404, 409, 410, 429],
  }),
};
