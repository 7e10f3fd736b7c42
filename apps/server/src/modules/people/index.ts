export { registerPeopleRoutes } from "./people.routes.js";
export { createPerson } from "./commands/create-person.js";
