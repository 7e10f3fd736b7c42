export { registerUnitRoutes } from "./units.routes.js";
