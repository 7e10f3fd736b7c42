import type { Kysely } from "kysely";

/**
 * The incident role an organisation alerts when a raise reaches no one at the place; none set
 * means the first role in the roles' order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("organizations")
    .addColumn("fallback_role_id", "text", (c) => c.references("incident_roles.id"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organizations").dropColumn("fallback_role_id").execute();
}
