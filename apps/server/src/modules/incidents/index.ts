export { registerIncidents, type IncidentServices } from "./register.js";
export { incidentStreamSource } from "./stream-source.js";
