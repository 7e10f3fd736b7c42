export { requireActor, resolveActor } from "./authenticate.js";
export { registerAuthentication } from "./hooks.js";
export { registerSessionRoutes } from "./session.routes.js";
export { registerApiTokenRoutes } from "./api-tokens.routes.js";
export {
  deleteSessionsOfPerson,
  deleteSessionsOfUser,
  localesOf,
  stillValid,
  tokenName,
} from "./identity.repo.js";
export { changeLoginEmail, createLogin, setPassword } from "./commands/logins.js";
export { openSession } from "./commands/open-session.js";
export type { LoginResult } from "./commands/login.js";
export { setSessionCookie } from "./session-cookie.js";
export { presentSession } from "./identity.presenter.js";
export { sessionView } from "./identity.repo.js";
export { findInvitation, replaceInvitation, useInvitation } from "./invitations.repo.js";
