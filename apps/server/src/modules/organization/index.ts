export { registerOrganizationRoutes } from "./organization.routes.js";
