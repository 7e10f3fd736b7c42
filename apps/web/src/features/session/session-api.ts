import { routes, type LoginRequest, type UpdateMe } from "@beredd/contracts";
import { api } from "../../lib/api";

// The session check, the sign-in and the sign-out expect 401 and must not report it as an
// expired session.
export const sessionApi = {
  /** The current session, or an ApiError with code "unauthenticated" when nobody is signed in. */
  current: (signal?: AbortSignal) =>
    api.call(routes.session.get, { signal, reportUnauthenticated: false }),
  login: (body: LoginRequest) =>
    api.call(routes.session.create, { body, reportUnauthenticated: false }),
  logout: () => api.call(routes.session.delete, { reportUnauthenticated: false }),
  updateMe: (body: UpdateMe) => api.call(routes.session.updateMe, { body }),
};
