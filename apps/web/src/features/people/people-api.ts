import { type CreatePerson, Person, PersonList, type UpdatePerson } from "@beredd/contracts";
import { api, fetchAll } from "../../lib/api";

export interface PeopleQuery {
  q?: string;
  unitId?: string;
  includeInactive?: boolean;
  limit?: number;
  offset?: number;
}

const path = (id: string) => `/api/v1/people/${encodeURIComponent(id)}`;

export const peopleApi = {
  list: (query: PeopleQuery, signal?: AbortSignal) =>
    api.get("/api/v1/people", PersonList, { query: { ...query }, signal }),
  listAll: (query: Omit<PeopleQuery, "limit" | "offset">, signal?: AbortSignal) =>
    fetchAll((limit, offset) => peopleApi.list({ ...query, limit, offset }, signal)),
  get: (id: string, signal?: AbortSignal) => api.get(path(id), Person, { signal }),
  create: (body: CreatePerson) => api.post("/api/v1/people", Person, { body }),
  update: (id: string, body: UpdatePerson) => api.patch(path(id), Person, { body }),
};
