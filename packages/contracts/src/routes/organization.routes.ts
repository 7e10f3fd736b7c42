import { Organization } from "../organization.js";
import { authProblems, defineRoute } from "../route.js";

export const organization = {
  get: defineRoute({
    method: "GET",
    path: "/api/v1/organization",
    summary: "The caller's organisation",
    tags: ["Organisation"],
    responses: { 200: Organization },
    problems: authProblems,
  }),
};
