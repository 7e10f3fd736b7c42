import { ApiTokenList, CreateApiToken, CreatedApiToken } from "../api-tokens.js";
import { IdParams } from "../common.js";
import { authProblems, defineRoute, NoContent } from "../route.js";

const tags = ["API tokens"];

export const apiTokens = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/api-tokens",
    summary: "List API tokens",
    tags,
    responses: { 200: ApiTokenList },
    problems: authProblems,
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/api-tokens",
    summary: "Create an API token (the secret is shown once)",
    tags,
    body: CreateApiToken,
    responses: { 201: CreatedApiToken },
    problems: authProblems,
  }),
  revoke: defineRoute({
    method: "DELETE",
    path: "/api/v1/api-tokens/:id",
    summary: "Revoke an API token",
    tags,
    params: IdParams,
    responses: { 204: NoContent },
    problems: [...authProblems, 404],
  }),
};
