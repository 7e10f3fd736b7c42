export { registerUnitRoutes } from "./units.routes.js";
export { findUnit } from "./units.repo.js";
export { chainOf, findActiveUnit, placeOf, unitsOf, type TreeUnit } from "./unit-tree.js";
