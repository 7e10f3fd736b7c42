import { hasRole, type Actor } from "../../platform/auth/index.js";

/** Only an administrator, signed in as a person, manages the organisation's API tokens. */
export const canManageApiTokens = (actor: Actor): boolean =>
  actor.type === "person" && hasRole(actor, "admin");
