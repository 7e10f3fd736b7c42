import type { Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * Everyone at the place as a rule, not a row per person: an incident that alerts everyone at a
 * building keeps the units (frozen when alerted); the people there take part through their unit
 * and get a participation of their own when they first respond. A raise that reaches 10,000
 * people writes a handful of rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("incident_audiences")
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("added_at", t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint("incident_audiences_pk", ["incident_id", "unit_id"])
    .execute();
  await db.schema
    .createIndex("incident_audiences_unit")
    .on("incident_audiences")
    .columns(["unit_id", "incident_id"])
    .execute();
  // Who is at a place: the audience's people, found through their unit.
  await db.schema.createIndex("people_unit").on("people").columns(["unit_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("people_unit").execute();
  await db.schema.dropTable("incident_audiences").execute();
}
