import type { Kysely } from "kysely";

/**
 * What a raise did when its plan reached no one at the place (the organisation's fallback role
 * alerted instead, with the words shown to the raiser), kept so a retried raise answers the same.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("incidents").addColumn("fallback", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("incidents").dropColumn("fallback").execute();
}
