import { IncidentRoleList, Organization, ScenarioList } from "@beredd/contracts";
import { api } from "../../lib/api";

export const catalogApi = {
  organization: (signal?: AbortSignal) => api.get("/api/v1/organization", Organization, { signal }),
  incidentRoles: (signal?: AbortSignal) =>
    api.get("/api/v1/incident-roles", IncidentRoleList, { signal }),
  scenarios: (signal?: AbortSignal) => api.get("/api/v1/scenarios", ScenarioList, { signal }),
};
