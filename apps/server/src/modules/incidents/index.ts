export { registerIncidents, type IncidentServices } from "./register.js";
