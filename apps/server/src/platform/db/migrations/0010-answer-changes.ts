import type { Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * How often a person changed an answer already given in an incident, in a fixed window that
 * starts at the first change: changes beyond the limit are refused until the window is over, so
 * one person cannot fill an incident's log (and everyone's screens) by flipping their answer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("participations")
    .addColumn("changes_window_started_at", columnTypes(db).timestamp)
    .execute();
  await db.schema
    .alterTable("participations")
    .addColumn("changes_in_window", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("participations").dropColumn("changes_in_window").execute();
  await db.schema.alterTable("participations").dropColumn("changes_window_started_at").execute();
}
