import { z } from "zod";
import { Id, IdParams } from "../common.js";
import {
  CreateIncidentRole,
  IncidentRole,
  IncidentRoleList,
  SetStaffing,
  Staffing,
  StaffingList,
  UpdateIncidentRole,
} from "../roles.js";
import { authProblems, defineRoute } from "../route.js";

const tags = ["Incident roles"];
export const StaffingParams = z.object({ id: Id, unitId: Id });

export const incidentRoles = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/incident-roles",
    summary: "The organisation's incident roles (funktioner)",
    tags,
    responses: { 200: IncidentRoleList },
    problems: authProblems,
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/incident-roles",
    summary: "Define an incident role",
    tags,
    body: CreateIncidentRole,
    responses: { 201: IncidentRole },
    problems: [...authProblems, 409],
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/incident-roles/:id",
    summary: "Rename or describe an incident role",
    tags,
    params: IdParams,
    body: UpdateIncidentRole,
    responses: { 200: IncidentRole },
    problems: [...authProblems, 404],
  }),
  staffing: defineRoute({
    method: "GET",
    path: "/api/v1/incident-roles/:id/staffing",
    summary: "Who staffs the role, per unit, in order",
    tags,
    params: IdParams,
    responses: { 200: StaffingList },
    problems: [...authProblems, 404],
  }),
  setStaffing: defineRoute({
    method: "PUT",
    path: "/api/v1/incident-roles/:id/staffing/:unitId",
    summary: "Set who staffs the role at a unit: people in order, then deputies (ersättare)",
    tags,
    params: StaffingParams,
    body: SetStaffing,
    responses: { 200: Staffing },
    problems: [...authProblems, 404],
  }),
};
