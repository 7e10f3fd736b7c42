import { CreateUnit, IdParams, ListQuery, Unit, UnitList, UpdateUnit } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { forbidden, notFound } from "../../platform/errors.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { createUnit } from "./commands/create-unit.js";
import { updateUnit } from "./commands/update-unit.js";
import { canReadUnits } from "./units.policy.js";
import { presentUnit } from "./units.presenter.js";
import { findUnit, listUnits } from "./units.repo.js";

const tags = ["Units"];

export function registerUnitRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/units",
    {
      schema: {
        tags,
        summary: "List the organisation's units (the whole tree, flat)",
        querystring: ListQuery,
        response: { 200: UnitList, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canReadUnits(actor)) throw forbidden();
      const { rows, total } = await listUnits(deps.db, actor.organizationId, request.query);
      return { items: rows.map(presentUnit), total };
    },
  );

  app.post(
    "/api/v1/units",
    {
      schema: {
        tags,
        summary: "Create a unit",
        body: CreateUnit,
        response: { 201: Unit, ...problems(...authProblems, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUnit(deps, requireActor(request), request.body)),
  );

  app.get(
    "/api/v1/units/:id",
    {
      schema: {
        tags,
        summary: "One unit",
        params: IdParams,
        response: { 200: Unit, ...problems(...authProblems, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const unit = await findUnit(deps.db, actor.organizationId, request.params.id);
      if (!unit || !canReadUnits(actor)) throw notFound("The unit");
      return presentUnit(unit);
    },
  );

  app.patch(
    "/api/v1/units/:id",
    {
      schema: {
        tags,
        summary: "Change, move, deactivate or reactivate a unit",
        params: IdParams,
        body: UpdateUnit,
        response: { 200: Unit, ...problems(...authProblems, 404, 409) },
      },
    },
    async (request) => updateUnit(deps, requireActor(request), request.params.id, request.body),
  );
}
