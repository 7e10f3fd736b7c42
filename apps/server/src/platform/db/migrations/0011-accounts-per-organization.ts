import { sql, type Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * A sign-in account belongs to one organisation, and an e-mail address is unique within it, not
 * across all of them: an administrator creating a person whose address has an account in another
 * organisation gets the same answer as for a fresh address (docs/security.md). Each account was
 * made for one person; it takes that person's organisation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const owner = sql`(select p.organization_id from people p where p.user_id = users.id order by p.created_at limit 1)`;
  if (t.postgres) {
    await sql`alter table users drop constraint users_email_key`.execute(db);
    await db.schema
      .alterTable("users")
      .addColumn("organization_id", "text", (c) => c.references("organizations.id"))
      .execute();
    await sql`update users set organization_id = ${owner}`.execute(db);
  } else {
    // SQLite cannot drop a column's UNIQUE: the table is rebuilt without it (sqlite.org's
    // "making other kinds of table schema changes", with foreign keys off while it is swapped).
    await sql`pragma foreign_keys = off`.execute(db);
    await db.transaction().execute(async (trx) => {
      await trx.schema
        .createTable("users_rebuilt")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("password_hash", "text")
        .addColumn("locale", "text", (c) => c.notNull().defaultTo("sv"))
        .addColumn("created_at", t.timestamp, (c) => c.notNull())
        .addColumn("updated_at", t.timestamp, (c) => c.notNull())
        .addColumn("organization_id", "text", (c) => c.references("organizations.id"))
        .execute();
      await sql`insert into users_rebuilt
        select id, email, name, password_hash, locale, created_at, updated_at, ${owner} from users`.execute(
        trx,
      );
      await trx.schema.dropTable("users").execute();
      await trx.schema.alterTable("users_rebuilt").renameTo("users").execute();
    });
    await sql`pragma foreign_keys = on`.execute(db);
  }
  await db.schema
    .createIndex("users_org_email")
    .unique()
    .on("users")
    .columns(["organization_id", "email"])
    .execute();
  // Signing in looks an address up in every organisation.
  await db.schema.createIndex("users_email").on("users").column("email").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("users_email").execute();
  await db.schema.dropIndex("users_org_email").execute();
  await db.schema.alterTable("users").dropColumn("organization_id").execute();
}
