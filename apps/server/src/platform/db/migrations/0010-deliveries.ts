import { sql, type Kysely } from "kysely";
import { columnTypes } from "./types.js";

/**
 * Outbound delivery (issue 11): the devices people receive alarms on (browser push
 * subscriptions), one durable row per delivery on any channel, test alarms, and the position of
 * the delivery queue in each organisation's event log. Existing organisations' cursors start at
 * the log's head: incidents before the upgrade are not delivered again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("push_devices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("endpoint", "text", (c) => c.notNull().unique())
    .addColumn("p256dh", "text", (c) => c.notNull())
    .addColumn("auth", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("installed", "integer", (c) => c.notNull())
    .addColumn("push_service", "text", (c) => c.notNull())
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("last_seen_at", t.timestamp, (c) => c.notNull())
    .addColumn("removed_at", t.timestamp)
    .addColumn("removed_reason", "text")
    .execute();
  await db.schema
    .createIndex("push_devices_person")
    .on("push_devices")
    .columns(["person_id", "removed_at"])
    .execute();

  await db.schema
    .createTable("test_alarms")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("test_alarms_person")
    .on("test_alarms")
    .columns(["person_id", "created_at"])
    .execute();

  await db.schema
    .createTable("deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("person_id", "text", (c) => c.notNull())
    // push today; email, sms, voice, webhook later.
    .addColumn("channel", "text", (c) => c.notNull())
    // Where it goes on the channel: a device id for push, an address or number later.
    .addColumn("target", "text", (c) => c.notNull())
    // What it is about: an incident or a test alarm.
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    // The channel's step in the person's plan (0: at once).
    .addColumn("step", "integer", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("payload", t.json, (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", t.timestamp, (c) => c.notNull())
    .addColumn("claim_token", "text")
    .addColumn("claimed_until", t.timestamp)
    // 1 when an attempt was cut off (the sender died mid-send): it may have gone out twice.
    .addColumn("interrupted", "integer", (c) => c.notNull())
    .addColumn("provider_status", "integer")
    .addColumn("provider_id", "text")
    .addColumn("error", "text")
    .addColumn("created_at", t.timestamp, (c) => c.notNull())
    .addColumn("updated_at", t.timestamp, (c) => c.notNull())
    .addColumn("sent_at", t.timestamp)
    .addColumn("delivered_at", t.timestamp)
    .execute();
  // One delivery per person, channel, target and step of a subject: queueing twice is a no-op.
  await db.schema
    .createIndex("deliveries_once")
    .on("deliveries")
    .columns(["subject_type", "subject_id", "person_id", "channel", "target", "step"])
    .unique()
    .execute();
  await db.schema
    .createIndex("deliveries_due")
    .on("deliveries")
    .columns(["state", "next_attempt_at"])
    .execute();
  await db.schema
    .createIndex("deliveries_target")
    .on("deliveries")
    .columns(["channel", "target", "created_at"])
    .execute();

  await db.schema
    .createTable("delivery_cursors")
    .addColumn("organization_id", "text", (c) => c.primaryKey().references("organizations.id"))
    .addColumn("last_seq", t.sequence, (c) => c.notNull())
    .execute();
  await sql`insert into delivery_cursors (organization_id, last_seq)
    select organization_id, last_seq from org_streams`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("delivery_cursors").execute();
  await db.schema.dropTable("deliveries").execute();
  await db.schema.dropTable("test_alarms").execute();
  await db.schema.dropTable("push_devices").execute();
}
