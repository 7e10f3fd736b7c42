export { openDatabase, type Db, type DbHandle, type DialectName } from "./kysely.js";
export { migrateToLatest, pendingMigrations } from "./migrate.js";
export type { Database } from "./schema.js";
export { inTransaction, isUniqueViolation, parseJson, textContains } from "./helpers.js";
