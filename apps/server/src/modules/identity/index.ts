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
