export { recordAudit, type AuditActor, type AuditEntry } from "./record.js";
