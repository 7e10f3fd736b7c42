import { type CreateUnit, Unit, UnitList, type UpdateUnit } from "@beredd/contracts";
import { api, fetchAll } from "../../lib/api";

const path = (id: string) => `/api/v1/units/${encodeURIComponent(id)}`;

export const unitsApi = {
  /** Every unit, page by page: the tree needs all of them. */
  listAll: (includeInactive: boolean, signal?: AbortSignal) =>
    fetchAll((limit, offset) =>
      api.get("/api/v1/units", UnitList, { query: { includeInactive, limit, offset }, signal }),
    ),
  count: (signal?: AbortSignal) =>
    api
      .get("/api/v1/units", UnitList, { query: { includeInactive: false, limit: 1 }, signal })
      .then((list) => list.total),
  get: (id: string, signal?: AbortSignal) => api.get(path(id), Unit, { signal }),
  create: (body: CreateUnit) => api.post("/api/v1/units", Unit, { body }),
  update: (id: string, body: UpdateUnit) => api.patch(path(id), Unit, { body }),
};
