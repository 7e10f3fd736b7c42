import {
  CreatePerson,
  IdParams,
  PeopleQuery,
  Person,
  PersonList,
  UpdatePerson,
} from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { forbidden, notFound } from "../../platform/errors.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { createPerson } from "./commands/create-person.js";
import { updatePerson } from "./commands/update-person.js";
import { canReadPeople } from "./people.policy.js";
import { presentPeople, presentPerson } from "./people.presenter.js";
import { findPerson, listPeople } from "./people.repo.js";

const tags = ["People"];

export function registerPeopleRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/people",
    {
      schema: {
        tags,
        summary: "List or search people",
        querystring: PeopleQuery,
        response: { 200: PersonList, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canReadPeople(actor)) throw forbidden();
      const { rows, total } = await listPeople(deps.db, actor.organizationId, request.query);
      return { items: await presentPeople(deps.db, actor.organizationId, rows), total };
    },
  );

  app.post(
    "/api/v1/people",
    {
      schema: {
        tags,
        summary: "Add a person",
        body: CreatePerson,
        response: { 201: Person, ...problems(...authProblems, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPerson(deps, requireActor(request), request.body)),
  );

  app.get(
    "/api/v1/people/:id",
    {
      schema: {
        tags,
        summary: "One person",
        params: IdParams,
        response: { 200: Person, ...problems(...authProblems, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const person = await findPerson(deps.db, actor.organizationId, request.params.id);
      if (!person || !canReadPeople(actor)) throw notFound("The person");
      return presentPerson(deps.db, person);
    },
  );

  app.patch(
    "/api/v1/people/:id",
    {
      schema: {
        tags,
        summary: "Change, deactivate or reactivate a person",
        params: IdParams,
        body: UpdatePerson,
        response: { 200: Person, ...problems(...authProblems, 404, 409) },
      },
    },
    async (request) => updatePerson(deps, requireActor(request), request.params.id, request.body),
  );
}
