export { registerOrganizationRoutes } from "./organization.routes.js";
export { createOrganization, organizationIds } from "./commands/create-organization.js";
export { fallbackRoleIdOf } from "./organization.repo.js";
