import { PostgresAdapter, type Kysely } from "kysely";

/**
 * Column types that differ per dialect (quirk: SQLite has no timestamp or jsonb type; text holds
 * ISO 8601 UTC strings and JSON there, and both sort and compare correctly as text).
 */
export function columnTypes(db: Kysely<unknown>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    postgres: pg,
    timestamp: pg ? "timestamptz" : "text",
    json: pg ? "jsonb" : "text",
    // An ever-growing sequence: identity on PostgreSQL, rowid alias on SQLite.
    sequence: pg ? "bigint" : "integer",
  } as const;
}
