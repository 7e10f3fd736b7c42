import { Migrator } from "kysely/migration";
import type { Db } from "./kysely.js";
import { migrationProvider } from "./migrations/index.js";

const migratorFor = (db: Db) => new Migrator({ db, provider: migrationProvider });

/**
 * Brings the schema to the latest version. On PostgreSQL Kysely takes an advisory lock inside the
 * migration transaction, so two nodes starting together do not both migrate; the second waits and
 * then finds nothing to do.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  if (error)
    throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migratorFor(db).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
