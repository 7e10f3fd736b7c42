import { sql, type Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * A person holds every role they are activated for in an incident: one participation per person
 * (their answer, their receipt), and one row per role they hold in it (each with its card). Before,
 * the role was a column of the participation, so someone in both the crisis team and the
 * spokesperson role held only the first and the second card had no holder.
 *
 * The raise also keeps how many it activated, so a retried raise answers what the first said.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("participation_roles")
    .addColumn("participation_id", "text", (c) => c.notNull().references("participations.id"))
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("role_id", "text", (c) => c.notNull())
    .addColumn("role_key", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("step_index", "integer")
    .addColumn("activated_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("participation_roles_pk", ["participation_id", "role_key"])
    .execute();
  // Who holds a role in an incident (escalation checks, card holders).
  await db.schema
    .createIndex("participation_roles_incident")
    .on("participation_roles")
    .columns(["incident_id", "role_key"])
    .execute();
  await sql`
    insert into participation_roles
      (participation_id, incident_id, person_id, role_id, role_key, reason, step_index, activated_at)
    select id, incident_id, person_id, role_id, role_key, reason, null, notified_at
    from participations where role_key is not null
  `.execute(db);
  await db.schema.alterTable("participations").dropColumn("role_id").execute();
  await db.schema.alterTable("participations").dropColumn("role_key").execute();
  await db.schema.alterTable("incidents").addColumn("activated", "integer").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("incidents").dropColumn("activated").execute();
  await db.schema.alterTable("participations").addColumn("role_id", "text").execute();
  await db.schema.alterTable("participations").addColumn("role_key", "text").execute();
  // Back to one role per participation: the first one activated.
  await sql`
    update participations set
      role_id = (select r.role_id from participation_roles r where r.participation_id = participations.id
                 order by r.activated_at, r.role_key limit 1),
      role_key = (select r.role_key from participation_roles r where r.participation_id = participations.id
                  order by r.activated_at, r.role_key limit 1)
  `.execute(db);
  await db.schema.dropTable("participation_roles").execute();
}
