import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { SqliteDialect, type SqliteDatabase } from "kysely";
import { startCheckpointer } from "./sqlite-checkpointer.js";

// Distinct statements kept prepared: every query the product makes, with room to spare.
const STATEMENT_CACHE = 500;

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small one. The same
 * SQL text reuses its prepared statement (least recently used dropped first). Safe because
 * Kysely runs one query at a time on the one connection and never leaves a statement iterating.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > STATEMENT_CACHE)
        statements.delete(statements.keys().next().value ?? "");
      return statement;
    },
  };
}

/**
 * The embedded default. WAL lets readers run beside the one writer; synchronous=FULL makes a
 * commit durable (fsync) before we answer, which an alarm system needs more than throughput;
 * busy_timeout waits for the lock instead of failing under a burst of writes.
 */
export function sqliteDialect(file: string): {
  dialect: SqliteDialect;
  /** Stops the checkpoint thread; call after the dialect's connection is closed. */
  stopCheckpoints: () => Promise<void>;
} {
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
  const checkpointer = file === ":memory:" ? null : checkpointAside(database, file);
  return {
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    stopCheckpoints: async () => checkpointer?.stop(),
  };
}

// SQLite's own threshold, in pages (4 MiB), for commits that checkpoint.
const COMMIT_CHECKPOINT_PAGES = 1000;
// With the thread copying, a commit checkpoints only past this (16 MiB): a safety valve. The WAL
// starts over from its beginning only when a transaction begins on a WAL copied to its end, and
// under a steady stream of commits the thread's copy never ends between two of them; the valve's
// checkpoint, run by the writer between its transactions, has almost nothing left to copy and
// lets the next transaction start the WAL over, so the file stays bounded.
const VALVE_PAGES = 4 * COMMIT_CHECKPOINT_PAGES;

/** Commits leave checkpointing to a thread (see sqlite-checkpointer.ts), or take it back if it fails. */
function checkpointAside(database: SQLite.Database, file: string) {
  database.pragma(`wal_autocheckpoint = ${VALVE_PAGES}`);
  return startCheckpointer(file, (error) => {
    if (database.open) database.pragma(`wal_autocheckpoint = ${COMMIT_CHECKPOINT_PAGES}`);
    process.emitWarning(`SQLite checkpoints run in commits again: ${error.message}`);
  });
}
