import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  migrationNames,
  migrateToLatest,
  openDatabase,
  pendingMigrations,
  type Database,
  type DbHandle,
} from "../src/platform/db/index.js";
import { createTestDatabase, dialects, type TestDatabase } from "./harness.js";

for (const dialect of dialects) {
  describe(`migrations [${dialect}]`, () => {
    let testDb: TestDatabase;
    const handles: DbHandle[] = [];
    beforeAll(async () => {
      testDb = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      for (const h of handles) await h.destroy();
      await testDb.drop();
    });

    it(
      dialect === "postgres"
        ? "applies every migration exactly once when several nodes start together"
        : "applies every migration once and is a no-op the second time",
      async () => {
        const nodes = dialect === "postgres" ? 4 : 1;
        for (let i = 0; i < nodes; i++) handles.push(openDatabase(testDb.database));
        const applied = await Promise.all(handles.map((h) => migrateToLatest(h.db)));
        const first = handles[0];
        if (!first) throw new Error("no database handle");
        expect(applied.flat().sort()).toEqual(
          (await migrateToLatest(first.db)).concat(migrationNames).sort(),
        );
        expect(await pendingMigrations(first.db)).toEqual([]);
        const rows = await (first.db as unknown as Kysely<{ kysely_migration: { name: string } }>)
          .selectFrom("kysely_migration")
          .select("name")
          .execute();
        expect(rows.map((r) => r.name)).toEqual(migrationNames);
      },
    );

    it("keeps timestamps as UTC ISO strings on the way back out", async () => {
      const db = handles[0]?.db as Kysely<Database>;
      const at = "2026-03-01T12:34:56.789Z";
      await db
        .insertInto("organizations")
        .values({ id: "01a207b4-4527-700d-8629-a5a8d84409d3", name: "Tid", created_at: at })
        .execute();
      const row = await db
        .selectFrom("organizations")
        .select("created_at")
        .executeTakeFirstOrThrow();
      expect(row.created_at).toBe(at);
    });
  });
}
