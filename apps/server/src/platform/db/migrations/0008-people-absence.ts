import type { Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * A person can be away (frånvarande: leave, sick, travelling) until a time: an alarm does not
 * activate them for their roles meanwhile, their deputies stand in at once, and an escalation
 * step that finds only people away says so.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("people")
    .addColumn("absent_until", columnTypes(db).timestamp)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("people").dropColumn("absent_until").execute();
}
