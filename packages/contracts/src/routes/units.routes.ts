import { IdParams, ListQuery } from "../common.js";
import { authProblems, defineRoute } from "../route.js";
import { CreateUnit, Unit, UnitList, UpdateUnit } from "../units.js";

const tags = ["Units"];

export const units = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/units",
    summary: "List the organisation's units (the whole tree, flat)",
    tags,
    querystring: ListQuery,
    responses: { 200: UnitList },
    problems: authProblems,
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/units",
    summary: "Create a unit",
    tags,
    body: CreateUnit,
    responses: { 201: Unit },
    problems: [...authProblems, 409],
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/units/:id",
    summary: "One unit",
    tags,
    params: IdParams,
    responses: { 200: Unit },
    problems: [...authProblems, 404],
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/units/:id",
    summary: "Change, move, deactivate or reactivate a unit",
    tags,
    params: IdParams,
    body: UpdateUnit,
    responses: { 200: Unit },
    problems: [...authProblems, 404, 409],
  }),
};
