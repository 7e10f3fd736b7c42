import { hasRole, type Actor } from "../../platform/auth/index.js";

/** Everyone in the organisation may see who is who (they must know whom to call). */
export const canReadPeople = (_actor: Actor): boolean => true;
/** Only administrators add, change or deactivate people and their access roles. */
export const canManagePeople = (actor: Actor): boolean => hasRole(actor, "admin");
