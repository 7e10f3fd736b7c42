import type { Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * Rate-limit counters shared by every node (the sign-in limit): one row per key, counting the
 * hits of a fixed window that starts with the key's first hit. Kept in the database so that N
 * nodes behind a load balancer together allow what one node allows, not N times as much.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_started_at", t.timestamp, (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .execute();
  // Expired rows are swept by age.
  await db.schema
    .createIndex("rate_limits_window")
    .on("rate_limits")
    .column("window_started_at")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("rate_limits").execute();
}
