import { existsSync, statSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type DbHandle } from "../src/platform/db/index.js";
import { startCheckpointer } from "../src/platform/db/dialects/sqlite-checkpointer.js";
import { createTestDatabase, type TestDatabase } from "./harness.js";
import { waitFor } from "./wait-for.js";

const MiB = 1024 * 1024;

/**
 * Commits `commits` times `rows` rows of 1 KiB. Under SQLite's own threshold (1,000 pages, 4 MiB)
 * one commit of 2 MiB copies nothing into the database file.
 */
async function write(handle: DbHandle, commits: number, rows: number, afterEach = () => {}) {
  await sql`create table if not exists filler (id integer primary key, text text not null)`.execute(
    handle.db,
  );
  for (let c = 0; c < commits; c++) {
    await sql`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${rows})
      insert into filler (text) select printf('%.1024c', 'x') from n
    `.execute(handle.db);
    afterEach();
  }
}

describe("SQLite checkpoints off the event loop", () => {
  let testDb: TestDatabase;
  let file: string;
  beforeEach(async () => {
    testDb = await createTestDatabase("sqlite");
    if (testDb.database.kind !== "sqlite") throw new Error("not SQLite");
    file = testDb.database.file;
  });
  afterEach(() => testDb.drop());

  it("commits only append to the WAL; a thread copies it into the database file", async () => {
    const handle = openDatabase(testDb.database);
    try {
      await write(handle, 1, 2048);
      // No commit after this one: only the thread can grow the file to hold the new pages.
      await waitFor(() => statSync(file).size > 2 * MiB, {
        what: "the checkpoint thread to copy the WAL into the database file",
      });
    } finally {
      await handle.destroy();
    }
  });

  it("keeps the WAL bounded under a steady stream of commits", async () => {
    const handle = openDatabase(testDb.database);
    try {
      let largest = 0;
      // 40 MiB in back-to-back commits of 1 MiB, with no pause for the WAL to start over in.
      await write(handle, 40, 1024, () => {
        largest = Math.max(largest, statSync(`${file}-wal`).size);
      });
      expect(largest).toBeLessThan(24 * MiB);
      expect(statSync(file).size).toBeGreaterThan(30 * MiB);
    } finally {
      await handle.destroy();
    }
  });

  it("leaves one complete file behind when the database is closed", async () => {
    const handle = openDatabase(testDb.database);
    await write(handle, 1, 2048);
    await handle.destroy();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new SQLite(file, { readonly: true });
    try {
      expect(reopened.prepare("select count(*) as n from filler").get()).toEqual({ n: 2048 });
    } finally {
      reopened.close();
    }
  });

  it("hands checkpoints back to the commits when the thread fails", async () => {
    const missing = path.join(testDb.dataDir, "no-such-folder", "beredd.sqlite");
    const failure = await new Promise<Error>((resolve) => {
      startCheckpointer(missing, resolve);
    });
    expect(failure.message).toMatch(/cannot open database/i);
  });
});
