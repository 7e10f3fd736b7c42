import type { Kysely } from "kysely";
import { columnTypes } from "./types.js";

/** Organisations, the unit tree, people and their logins, sessions, API tokens, the catalogue. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable("organizations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("sv"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("units")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("parent_id", "text", (c) => c.references("units.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .addColumn("deactivated_at", t.timestamp)
    .execute();
  await db.schema
    .createIndex("units_org_parent")
    .on("units")
    .columns(["organization_id", "parent_id"])
    .execute();

  await db.schema
    .createTable("people")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("user_id", "text", (c) => c.references("users.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("mobile", "text")
    .addColumn("unit_id", "text", (c) => c.references("units.id"))
    .addColumn("access_role", "text", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .addColumn("deactivated_at", t.timestamp)
    .addUniqueConstraint("people_org_user", ["organization_id", "user_id"])
    .addUniqueConstraint("people_org_email", ["organization_id", "email"])
    .execute();
  await db.schema
    .createIndex("people_org_name")
    .on("people")
    .columns(["organization_id", "name"])
    .execute();
  await db.schema.createIndex("people_user").on("people").column("user_id").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("last_seen_at", t.timestamp, (c) => c.notNull())
    .addColumn("expires_at", t.timestamp, (c) => c.notNull())
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_person").on("sessions").column("person_id").execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("access_role", "text", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by", "text", (c) => c.references("people.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("last_used_at", t.timestamp)
    .addColumn("revoked_at", t.timestamp)
    .execute();
  await db.schema
    .createIndex("api_tokens_org")
    .on("api_tokens")
    .column("organization_id")
    .execute();

  await db.schema
    .createTable("incident_roles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name", t.json, (c) => c.notNull())
    .addColumn("description", t.json, (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addUniqueConstraint("incident_roles_org_key", ["organization_id", "key"])
    .execute();

  await db.schema
    .createTable("role_assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("role_id", "text", (c) => c.notNull().references("incident_roles.id"))
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("deputy", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addUniqueConstraint("role_assignments_unique", ["role_id", "unit_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("role_assignments_person")
    .on("role_assignments")
    .column("person_id")
    .execute();

  await db.schema
    .createTable("scenarios")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name", t.json, (c) => c.notNull())
    .addColumn("description", t.json, (c) => c.notNull())
    .addColumn("default_severity", "text", (c) => c.notNull())
    .addColumn("plan", t.json, (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .addUniqueConstraint("scenarios_org_key", ["organization_id", "key"])
    .execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("seq", t.sequence, (c) =>
      t.postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("actor_type", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("data", t.json, (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_events_org_subject")
    .on("audit_events")
    .columns(["organization_id", "subject_type", "subject_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "audit_events",
    "scenarios",
    "role_assignments",
    "incident_roles",
    "api_tokens",
    "sessions",
    "people",
    "units",
    "users",
    "organizations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
