import { type LoginRequest, Session, type UpdateMe } from "@beredd/contracts";
import { api } from "../../lib/api";

export const sessionApi = {
  /** The current session, or an ApiError with code "unauthenticated" when nobody is signed in. */
  current: (signal?: AbortSignal) =>
    api.get("/api/v1/session", Session, { signal, reportUnauthenticated: false }),
  login: (body: LoginRequest) =>
    api.post("/api/v1/session", Session, { body, reportUnauthenticated: false }),
  logout: () => api.delete("/api/v1/session", { reportUnauthenticated: false }),
  updateMe: (body: UpdateMe) => api.patch("/api/v1/me", Session, { body }),
};
