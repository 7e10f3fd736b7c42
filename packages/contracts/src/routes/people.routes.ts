import { IdParams } from "../common.js";
import { CreatePerson, PeopleQuery, Person, PersonList, UpdatePerson } from "../people.js";
import { authProblems, defineRoute } from "../route.js";

const tags = ["People"];

export const people = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/people",
    summary: "List or search people",
    tags,
    querystring: PeopleQuery,
    responses: { 200: PersonList },
    problems: authProblems,
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/people",
    summary: "Add a person",
    tags,
    body: CreatePerson,
    responses: { 201: Person },
    problems: [...authProblems, 409],
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/people/:id",
    summary: "One person",
    tags,
    params: IdParams,
    responses: { 200: Person },
    problems: [...authProblems, 404],
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/people/:id",
    summary: "Change, deactivate or reactivate a person",
    tags,
    params: IdParams,
    body: UpdatePerson,
    responses: { 200: Person },
    problems: [...authProblems, 404, 409],
  }),
};
