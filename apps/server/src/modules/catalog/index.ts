export { registerCatalogRoutes } from "./catalog.routes.js";
export { assignmentsOf } from "./catalog.repo.js";
