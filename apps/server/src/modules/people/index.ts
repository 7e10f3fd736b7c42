export { registerPeopleRoutes } from "./people.routes.js";
export { createPerson } from "./commands/create-person.js";
export { addAdministrator } from "./commands/add-administrator.js";
export {
  activePeopleAt,
  activePeopleByIds,
  activePeopleQuery,
  peopleQuery,
  personName,
  unitOfPerson,
  type PersonContact,
} from "./people.queries.js";
