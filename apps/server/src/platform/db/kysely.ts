import { Kysely } from "kysely";
import type { Config } from "../config.js";
import { postgresDialect } from "./dialects/postgres.js";
import { sqliteDialect } from "./dialects/sqlite.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;
export type DialectName = "sqlite" | "postgres";

export interface DbHandle {
  db: Db;
  dialect: DialectName;
  destroy(): Promise<void>;
}

export function openDatabase(database: Config["database"]): DbHandle {
  if (database.kind === "postgres") {
    const { dialect } = postgresDialect(database.url);
    const db = new Kysely<Database>({ dialect });
    return { db, dialect: "postgres", destroy: () => db.destroy() };
  }
  const { dialect, stopCheckpoints } = sqliteDialect(database.file);
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    dialect: "sqlite",
    destroy: async () => {
      await db.destroy();
      // Closed last, the thread's connection folds the WAL into the file as SQLite closes.
      await stopCheckpoints();
    },
  };
}
