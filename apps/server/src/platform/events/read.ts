import type { Db } from "../db/index.js";
import type { Subject } from "./event-log.js";

/** Who is reading a subject's history: staff see every event, others theirs and the subject's. */
export interface Reader {
  staff: boolean;
  personId: string | null;
}

/** A subject's events after a sequence number, as one reader may see them, oldest first. */
export const subjectEvents = (
  db: Db,
  subject: Subject,
  after: number,
  reader: Reader,
  limit = 5000,
) => {
  let q = db
    .selectFrom("events")
    .select("body")
    .where("subject_type", "=", subject.type)
    .where("subject_id", "=", subject.id)
    .where("seq", ">", after);
  if (!reader.staff)
    q = q.where((eb) =>
      eb.or([
        eb("audience", "=", "subject"),
        eb.and([eb("audience", "=", "person"), eb("person_id", "=", reader.personId ?? "")]),
      ]),
    );
  return q.orderBy("seq").limit(limit).execute();
};

/** The newest sequence number of a subject's events (0 for none). */
export const lastSeqOfSubject = async (db: Db, subject: Subject): Promise<number> =>
  Number(
    (
      await db
        .selectFrom("events")
        .select((eb) => eb.fn.max("seq").as("seq"))
        .where("subject_type", "=", subject.type)
        .where("subject_id", "=", subject.id)
        .executeTakeFirst()
    )?.seq ?? 0,
  );

/** A new organisation's stream: its log starts at sequence 1 in a fresh epoch. */
export const openStream = (trx: Db, organizationId: string, epoch: string) =>
  trx
    .insertInto("org_streams")
    .values({ organization_id: organizationId, epoch, last_seq: 0 })
    .execute();

/** Every organisation's newest sequence number: where each stream's log ends now. */
export const streamHeads = async (db: Db) =>
  (await db.selectFrom("org_streams").select(["organization_id", "last_seq"]).execute()).map(
    (r) => ({ organizationId: r.organization_id, seq: Number(r.last_seq) }),
  );

/** An organisation's events after a sequence number, oldest first: for consumers of the log. */
export const eventsAfter = (db: Db, organizationId: string, after: number, limit: number) =>
  db
    .selectFrom("events")
    .select(["seq", "type", "subject_type", "subject_id", "body"])
    .where("organization_id", "=", organizationId)
    .where("seq", ">", after)
    .orderBy("seq")
    .limit(limit)
    .execute();

/** The newest of a subject's events of these types, or undefined. */
export const latestOfSubject = (db: Db, subject: Subject, types: string[]) =>
  db
    .selectFrom("events")
    .select(["seq", "body"])
    .where("subject_type", "=", subject.type)
    .where("subject_id", "=", subject.id)
    .where("type", "in", types)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
