import { hasRole, type Actor } from "../../platform/auth/index.js";

/** Everyone in the organisation sees its units; only administrators change them. */
export const canReadUnits = (_actor: Actor): boolean => true;
export const canManageUnits = (actor: Actor): boolean => hasRole(actor, "admin");
