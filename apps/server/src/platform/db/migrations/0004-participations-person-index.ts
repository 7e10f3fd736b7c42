import { sql, type Kysely } from "kysely";

/**
 * A person's own participations (role holders, people added by hand or by escalation) are found
 * by person; the rows of people who answered as one of everyone at the place are not: those
 * people take part through their unit (see 0003). An alarm answered by 10,000 people then adds
 * entries to the incident's own part of one index instead of scattering 10,000 entries across
 * a person index that grows with every incident ever raised, which made each mass answer's
 * commit write more pages than the last.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("participations_person").execute();
  await db.schema
    .createIndex("participations_person")
    .on("participations")
    .columns(["person_id", "incident_id"])
    .where(sql.ref("reason"), "<>", "everyone")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("participations_person").execute();
  await db.schema
    .createIndex("participations_person")
    .on("participations")
    .columns(["person_id", "incident_id"])
    .execute();
}
