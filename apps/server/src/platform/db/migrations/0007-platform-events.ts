import { sql, type Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * The event log belongs to the platform, not to incidents: every event is keyed by its subject
 * (an incident today; an inspection, a drill, an action tomorrow) and names its actor. The
 * incident events already written become the first subject type's. "subject" replaces the
 * audience "incident": followers of the event's subject see it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("incident_events").renameTo("events").execute();
  await db.schema.alterTable("events").renameColumn("incident_id", "subject_id").execute();
  await db.schema
    .alterTable("events")
    .addColumn("subject_type", "text", (c) => c.notNull().defaultTo("incident"))
    .execute();
  await db.schema.alterTable("events").addColumn("actor_id", "text").execute();
  await sql`update events set audience = 'subject' where audience = 'incident'`.execute(db);
  await sql`update events set actor_id = ${sql.raw(actorIdOfBody(db))}`.execute(db);
  await db.schema.dropIndex("incident_events_incident").execute();
  await db.schema
    .createIndex("events_subject")
    .on("events")
    .columns(["subject_type", "subject_id", "seq"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("events_subject").execute();
  await sql`update events set audience = 'incident' where audience = 'subject'`.execute(db);
  await db.schema.alterTable("events").dropColumn("actor_id").execute();
  await db.schema.alterTable("events").dropColumn("subject_type").execute();
  await db.schema.alterTable("events").renameColumn("subject_id", "incident_id").execute();
  await db.schema.alterTable("events").renameTo("incident_events").execute();
  await db.schema
    .createIndex("incident_events_incident")
    .on("incident_events")
    .columns(["incident_id", "seq"])
    .execute();
}

// The actor's id out of the stored body (quirk: jsonb operators on PostgreSQL, json_extract on SQLite).
function actorIdOfBody(db: Kysely<unknown>): string {
  return columnTypes(db).postgres ? "body->'actor'->>'id'" : "json_extract(body, '$.actor.id')";
}
