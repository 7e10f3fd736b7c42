import { ApiTokenList, type CreateApiToken, CreatedApiToken } from "@beredd/contracts";
import { api } from "../../lib/api";

export const apiTokensApi = {
  list: (signal?: AbortSignal) => api.get("/api/v1/api-tokens", ApiTokenList, { signal }),
  create: (body: CreateApiToken) => api.post("/api/v1/api-tokens", CreatedApiToken, { body }),
  revoke: (id: string) => api.delete(`/api/v1/api-tokens/${encodeURIComponent(id)}`),
};
