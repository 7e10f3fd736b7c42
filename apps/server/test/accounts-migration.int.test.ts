import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase, type DbHandle } from "../src/platform/db/index.js";
import { migrationProvider } from "../src/platform/db/migrations/index.js";
import { createTestDatabase, dialects, type TestDatabase } from "./harness.js";

const at = "2026-03-01T12:00:00.000Z";
const ids = {
  org: "01a207b4-4527-700d-8629-a5a8d8440001",
  user: "01a207b4-4527-700d-8629-a5a8d8440002",
  person: "01a207b4-4527-700d-8629-a5a8d8440003",
  other: "01a207b4-4527-700d-8629-a5a8d8440004",
};

for (const dialect of dialects) {
  describe(`accounts move into their organisation [${dialect}]`, () => {
    let testDb: TestDatabase;
    let handle: DbHandle;
    beforeAll(async () => {
      testDb = await createTestDatabase(dialect);
      handle = openDatabase(testDb.database);
    });
    afterAll(async () => {
      await handle.destroy();
      await testDb.drop();
    });

    it("keeps every account, its person and its session, and lets another organisation use the address", async () => {
      const db = handle.db;
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
      expect((await migrator.migrateTo("0010-answer-changes")).error).toBeUndefined();
      await db
        .insertInto("organizations")
        .values({ id: ids.org, name: "Kommun", created_at: at })
        .execute();
      await sql`insert into users (id, email, name, password_hash, locale, created_at, updated_at)
        values (${ids.user}, 'anna@kommun.se', 'Anna', 'hash', 'sv', ${at}, ${at})`.execute(db);
      await db
        .insertInto("people")
        .values({
          id: ids.person,
          organization_id: ids.org,
          user_id: ids.user,
          name: "Anna",
          email: "anna@kommun.se",
          mobile: null,
          unit_id: null,
          access_role: "admin",
          created_at: at,
          updated_at: at,
          deactivated_at: null,
        })
        .execute();
      await db
        .insertInto("sessions")
        .values({
          id: "session-hash",
          user_id: ids.user,
          person_id: ids.person,
          organization_id: ids.org,
          csrf_token: "csrf",
          created_at: at,
          last_seen_at: at,
          expires_at: at,
          user_agent: null,
        })
        .execute();

      await migrateToLatest(handle.db);
      expect(
        await db.selectFrom("users").select(["id", "organization_id", "email"]).execute(),
      ).toEqual([{ id: ids.user, organization_id: ids.org, email: "anna@kommun.se" }]);
      expect(await db.selectFrom("sessions").select("user_id").execute()).toEqual([
        { user_id: ids.user },
      ]);
      if (dialect === "sqlite") {
        expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
        expect((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)).rows).toEqual(
          [{ foreign_keys: 1 }],
        );
      }
      // The address again in another organisation is an account of its own; twice in one is not.
      await db
        .insertInto("organizations")
        .values({ id: ids.other, name: "Annan", created_at: at })
        .execute();
      const account = (id: string, organization: string) =>
        db
          .insertInto("users")
          .values({
            id,
            organization_id: organization,
            email: "anna@kommun.se",
            name: "Anna",
            password_hash: "hash",
            locale: "sv",
            created_at: at,
            updated_at: at,
          })
          .execute();
      await account("01a207b4-4527-700d-8629-a5a8d8440005", ids.other);
      await expect(account("01a207b4-4527-700d-8629-a5a8d8440006", ids.org)).rejects.toThrow();
      // A person still cannot point at an account that does not exist.
      await expect(
        db
          .updateTable("people")
          .set({ user_id: "no-such-account" })
          .where("id", "=", ids.person)
          .execute(),
      ).rejects.toThrow();
    });
  });
}
