import {
  CreateIncidentRole,
  IdParams,
  IncidentRole,
  IncidentRoleList,
  SetStaffing,
  Staffing,
  StaffingList,
  UpdateIncidentRole,
} from "@beredd/contracts";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { notFound } from "../../platform/errors.js";
import { authProblems, problems, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { createRole } from "./commands/create-role.js";
import { setStaffing } from "./commands/set-staffing.js";
import { updateRole } from "./commands/update-role.js";
import { presentRole, presentStaffing } from "./roles.presenter.js";
import { findRole, listRoles, staffingOf } from "./roles.repo.js";

const tags = ["Incident roles"];
const StaffingParams = z.object({ id: z.uuid(), unitId: z.uuid() });

export function registerRoleRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/incident-roles",
    {
      schema: {
        tags,
        summary: "The organisation's incident roles (funktioner)",
        response: { 200: IncidentRoleList, ...problems(...authProblems) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = (await listRoles(deps.db, actor.organizationId)).map(presentRole);
      return { items, total: items.length };
    },
  );

  app.post(
    "/api/v1/incident-roles",
    {
      schema: {
        tags,
        summary: "Define an incident role",
        body: CreateIncidentRole,
        response: { 201: IncidentRole, ...problems(...authProblems, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRole(deps, requireActor(request), request.body)),
  );

  app.patch(
    "/api/v1/incident-roles/:id",
    {
      schema: {
        tags,
        summary: "Rename or describe an incident role",
        params: IdParams,
        body: UpdateIncidentRole,
        response: { 200: IncidentRole, ...problems(...authProblems, 404) },
      },
    },
    async (request) => updateRole(deps, requireActor(request), request.params.id, request.body),
  );

  app.get(
    "/api/v1/incident-roles/:id/staffing",
    {
      schema: {
        tags,
        summary: "Who staffs the role, per unit, in order",
        params: IdParams,
        response: { 200: StaffingList, ...problems(...authProblems, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!(await findRole(deps.db, actor.organizationId, request.params.id)))
        throw notFound("The incident role");
      const items = presentStaffing(
        await staffingOf(deps.db, actor.organizationId, [request.params.id]),
      );
      return { items, total: items.length };
    },
  );

  app.put(
    "/api/v1/incident-roles/:id/staffing/:unitId",
    {
      schema: {
        tags,
        summary: "Set who staffs the role at a unit: people in order, then deputies (ersättare)",
        params: StaffingParams,
        body: SetStaffing,
        response: { 200: Staffing, ...problems(...authProblems, 404) },
      },
    },
    async (request) =>
      setStaffing(
        deps,
        requireActor(request),
        request.params.id,
        request.params.unitId,
        request.body,
      ),
  );
}
