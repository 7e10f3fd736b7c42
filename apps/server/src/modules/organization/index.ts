export { registerOrganizationRoutes } from "./organization.routes.js";
export { createOrganization } from "./commands/create-organization.js";
