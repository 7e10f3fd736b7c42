export { openDatabase, type Db, type DbHandle, type DialectName } from "./kysely.js";
export { migrateToLatest, pendingMigrations } from "./migrate.js";
export { migrationNames } from "./migrations/index.js";
export type { Database } from "./schema.js";
export { inTransaction, isUniqueViolation, parseJson, textContains } from "./helpers.js";
export { GroupCommit } from "./group-commit.js";
export { applicationName } from "./dialects/postgres.js";
