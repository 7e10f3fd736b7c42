import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { SqliteDialect } from "kysely";

/**
 * The embedded default. WAL lets readers run beside the one writer; synchronous=FULL makes a
 * commit durable (fsync) before we answer, which an alarm system needs more than throughput;
 * busy_timeout waits for the lock instead of failing under a burst of writes.
 */
export function sqliteDialect(file: string): { dialect: SqliteDialect; close: () => void } {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  // Quirk: SQLite's lower() folds ASCII only; searches must find "Åsa" when typed "åsa".
  database.function("lower", { deterministic: true }, (text: unknown) =>
    typeof text === "string" ? text.toLowerCase() : text,
  );
  return { dialect: new SqliteDialect({ database }), close: () => database.close() };
}
