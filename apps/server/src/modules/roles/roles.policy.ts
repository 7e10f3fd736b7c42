import { hasRole, type Actor } from "../../platform/auth/index.js";

/** Everyone sees the roles and who staffs them; administrators define and staff them. */
export const canManageRoles = (actor: Actor): boolean => hasRole(actor, "admin");
