import { Organization, UpdateOrganization } from "../organization.js";
import { authProblems, defineRoute } from "../route.js";

const tags = ["Organisation"];

export const organization = {
  get: defineRoute({
    method: "GET",
    path: "/api/v1/organization",
    summary: "The caller's organisation",
    tags,
    responses: { 200: Organization },
    problems: authProblems,
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/organization",
    summary: "Change the organisation's settings: the fallback role (administrators)",
    tags,
    body: UpdateOrganization,
    responses: { 200: Organization },
    problems: authProblems,
  }),
};
