import type { Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * The incident chain: incidents with their frozen plan, the append-only event log with a
 * per-organisation sequence, participations, action-card tasks, the shared log, roll-call
 * reports and durable escalation timers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  // One row per organisation: the stream's epoch and the last sequence number handed out. The
  // row lock taken by "last_seq = last_seq + n" orders commits, so sequence order is commit order.
  await db.schema
    .createTable("org_streams")
    .addColumn("organization_id", "text", (c) => c.primaryKey().references("organizations.id"))
    .addColumn("epoch", "text", (c) => c.notNull())
    .addColumn("last_seq", t.sequence, (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("incidents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("scenario_id", "text", (c) => c.notNull().references("scenarios.id"))
    .addColumn("scenario_key", "text", (c) => c.notNull())
    .addColumn("scenario_name", t.json, (c) => c.notNull())
    .addColumn("plan", t.json, (c) => c.notNull())
    .addColumn("plan_version", "integer", (c) => c.notNull())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("place_note", "text")
    .addColumn("note", "text")
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("drill", "integer", (c) => c.notNull())
    .addColumn("recalled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("raised_by", t.json, (c) => c.notNull())
    .addColumn("raised_at", t.timestamp, (c) => c.notNull())
    .addColumn("resolved_at", t.timestamp)
    .addColumn("closed_at", t.timestamp)
    .addColumn("idempotency_key", "text")
    .addColumn("request_hash", "text")
    .addUniqueConstraint("incidents_idempotency", ["organization_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("incidents_org_status")
    .on("incidents")
    .columns(["organization_id", "status", "raised_at"])
    .execute();

  await db.schema
    .createTable("incident_events")
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("seq", t.sequence, (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("type", "text", (c) => c.notNull())
    // Who may see the event: "incident" = its participants, "person" = person_id only;
    // coordinators and administrators see every event of their organisation.
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("person_id", "text")
    .addColumn("body", t.json, (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("incident_events_pk", ["organization_id", "seq"])
    .execute();
  await db.schema
    .createIndex("incident_events_incident")
    .on("incident_events")
    .columns(["incident_id", "seq"])
    .execute();

  await db.schema
    .createTable("participations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("role_id", "text")
    .addColumn("role_key", "text")
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("notified_at", t.timestamp, (c) => c.notNull())
    .addColumn("received_at", t.timestamp)
    .addColumn("answered_at", t.timestamp)
    .addUniqueConstraint("participations_once", ["incident_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("participations_person")
    .on("participations")
    .columns(["person_id", "incident_id"])
    .execute();

  await db.schema
    .createTable("incident_tasks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("role_key", "text", (c) => c.notNull())
    .addColumn("item_id", "text", (c) => c.notNull())
    .addColumn("text", t.json, (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addUniqueConstraint("incident_tasks_item", ["incident_id", "role_key", "item_id"])
    .execute();

  await db.schema
    .createTable("task_completions")
    .addColumn("task_id", "text", (c) => c.notNull().references("incident_tasks.id"))
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    // The person for "each" items, "*" for "once" items: the unique key makes ticking idempotent.
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("completed_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("task_completions_pk", ["task_id", "scope"])
    .execute();
  await db.schema
    .createIndex("task_completions_incident")
    .on("task_completions")
    .column("incident_id")
    .execute();

  await db.schema
    .createTable("log_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("author_id", "text")
    .addColumn("key", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("log_entries_incident")
    .on("log_entries")
    .columns(["incident_id", "created_at"])
    .execute();

  await db.schema
    .createTable("rollcall_reports")
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("person_id", "text", (c) => c.notNull())
    // "" for a person's own status, the group's name for a count ("5B").
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("status", "text")
    .addColumn("present", "integer")
    .addColumn("expected", "integer")
    .addColumn("note", "text")
    .addColumn("reported_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("rollcall_reports_pk", ["incident_id", "person_id", "label"])
    .execute();

  await db.schema
    .createTable("escalation_timers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    // Which plan the step belongs to (a scenario switch freezes a new plan) and which step.
    .addColumn("plan_version", "integer", (c) => c.notNull())
    .addColumn("step_index", "integer", (c) => c.notNull())
    .addColumn("role_key", "text")
    .addColumn("due_at", t.timestamp, (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("claim_token", "text")
    .addColumn("claimed_until", t.timestamp)
    .addColumn("finished_at", t.timestamp)
    .addUniqueConstraint("escalation_timers_step", ["incident_id", "plan_version", "step_index"])
    .execute();
  await db.schema
    .createIndex("escalation_timers_due")
    .on("escalation_timers")
    .columns(["status", "due_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "escalation_timers",
    "rollcall_reports",
    "log_entries",
    "task_completions",
    "incident_tasks",
    "participations",
    "incident_events",
    "incidents",
    "org_streams",
  ])
    await db.schema.dropTable(table).execute();
}
