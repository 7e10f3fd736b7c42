export { registerRoleRoutes } from "./roles.routes.js";
export {
  assignmentsOf,
  findRolesByKey,
  staffingOf,
  type RoleRow,
  type StaffingRow,
} from "./roles.repo.js";
