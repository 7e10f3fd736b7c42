import { hasRole, type Actor } from "../../platform/auth/index.js";

/** Scenario templates (larmplaner) are edited by administrators; everyone reads them. */
export const canManageScenarios = (actor: Actor): boolean => hasRole(actor, "admin");
