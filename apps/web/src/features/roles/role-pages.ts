// The role screens, loaded together as one lazy chunk by the router.
export { RoleCreatePage, RoleEditPage } from "./role-form-pages";
export { RolePage } from "./role-page";
export { RolesPage } from "./roles-page";
export { StaffingPage } from "./staffing-page";
