import type { Db } from "../db/index.js";
import type { Audience, Subject } from "../events/index.js";
import { topicOf, type StreamRules } from "./stream-rules.js";
import type { StreamMessage, StreamSource, Viewer } from "./types.js";

const audienceOf = (row: { audience: string; person_id: string | null }): Audience =>
  row.audience === "person"
    ? { kind: "person", personId: row.person_id ?? "" }
    : row.audience === "staff"
      ? { kind: "staff" }
      : { kind: "subject" };

/**
 * The platform's event log read back for resumes and gap filling: what a viewer may see is what
 * is addressed to them, and the events of the subjects they follow by the modules' rules.
 */
export function logStreamSource(db: Db, rules: StreamRules): StreamSource {
  return {
    async latest(organizationId) {
      const row = await db
        .selectFrom("org_streams")
        .select(["epoch", "last_seq"])
        .where("organization_id", "=", organizationId)
        .executeTakeFirst();
      return { epoch: row?.epoch ?? "", seq: Number(row?.last_seq ?? 0) };
    },

    async read(organizationId, after, limit, viewer: Viewer | "all"): Promise<StreamMessage[]> {
      let q = db
        .selectFrom("events")
        .select(["seq", "subject_type", "subject_id", "type", "audience", "person_id", "body"])
        .where("organization_id", "=", organizationId)
        .where("seq", ">", after);
      if (viewer !== "all" && !viewer.seesAll) {
        const personId = viewer.personId ?? "";
        q = q.where((eb) =>
          eb.or([
            eb.and([eb("audience", "=", "person"), eb("person_id", "=", personId)]),
            ...[...rules.subjects].map((s) =>
              eb.and([
                eb("audience", "=", "subject"),
                eb("subject_type", "=", s.subjectType),
                eb("subject_id", "in", s.followedQuery(db, personId)),
              ]),
            ),
          ]),
        );
      }
      const rows = await q.orderBy("seq").limit(limit).execute();
      return rows.map((r) => {
        const subject: Subject = { type: r.subject_type, id: r.subject_id };
        return rules.toMessage({
          organizationId,
          seq: Number(r.seq),
          subject,
          type: r.type,
          audience: audienceOf(r),
          body: r.body,
        });
      });
    },

    async membership(organizationId, personId) {
      const topics: string[] = [];
      for (const s of rules.subjects)
        for (const id of await s.followed(db, organizationId, personId))
          topics.push(topicOf({ type: s.subjectType, id }));
      return { group: await rules.groupOf(db, organizationId, personId), topics };
    },
  };
}
