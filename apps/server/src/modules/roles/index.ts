export { registerRoleRoutes } from "./roles.routes.js";
export {
  assignmentsOf,
  findRolesById,
  listRoles,
  findRolesByKey,
  staffingOf,
  type RoleRow,
  type StaffingRow,
} from "./roles.repo.js";
