import { sql, type RawBuilder } from "kysely";
import type { Db } from "./kysely.js";

/** Runs work in one transaction: every command's change and its audit entry commit together. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

/** JSON columns come back as text from both dialects (see dialects/postgres.ts). */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/**
 * A unique constraint fired (quirk: better-sqlite3 says SQLITE_CONSTRAINT_UNIQUE, pg says 23505).
 * Used where a race between two requests must end in a clean 409 rather than a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    code === "23505"
  );
}

/** LIKE treats % and _ as wildcards; a search for "5_B" means the text, not a pattern. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Case-insensitive "contains" for searches, the same on both dialects (quirk: SQLite's built-in
 * lower() and LIKE fold only ASCII, so "Åsa" would not find "åsa"; the SQLite dialect replaces
 * lower() with a Unicode-aware one, and PostgreSQL's lower() already is).
 */
export function textContains(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${escapeLike(text.toLowerCase())}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
