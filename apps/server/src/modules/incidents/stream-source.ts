import type { IncidentEventType } from "@beredd/contracts";
import type { Db } from "../../platform/db/index.js";
import type {
  Audience,
  StreamMessage,
  StreamSource,
  Viewer,
} from "../../platform/realtime/index.js";
import { incidentsOfPerson } from "./audience.js";
import { toMessage } from "./event-log.js";

const audienceOf = (row: {
  audience: string;
  person_id: string | null;
  incident_id: string;
}): Audience =>
  row.audience === "person"
    ? { kind: "person", personId: row.person_id ?? "" }
    : row.audience === "staff"
      ? { kind: "staff" }
      : { kind: "incident", incidentId: row.incident_id };

/** The event log read back from the database for resumes and gap filling. */
export function incidentStreamSource(db: Db): StreamSource {
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
        .selectFrom("incident_events")
        .select(["seq", "type", "audience", "person_id", "incident_id", "body"])
        .where("organization_id", "=", organizationId)
        .where("seq", ">", after);
      if (viewer !== "all" && !viewer.seesAll) {
        const personId = viewer.personId ?? "";
        q = q.where((eb) =>
          eb.or([
            eb.and([eb("audience", "=", "person"), eb("person_id", "=", personId)]),
            eb.and([
              eb("audience", "=", "incident"),
              eb("incident_id", "in", incidentsOfPerson(db, personId)),
            ]),
          ]),
        );
      }
      const rows = await q.orderBy("seq").limit(limit).execute();
      return rows.map((r) =>
        toMessage(
          organizationId,
          { seq: Number(r.seq), incidentId: r.incident_id, type: r.type as IncidentEventType },
          r.body,
          audienceOf(r),
        ),
      );
    },

    async membership(organizationId, personId) {
      const person = await db
        .selectFrom("people")
        .select("unit_id")
        .where("organization_id", "=", organizationId)
        .where("id", "=", personId)
        .executeTakeFirst();
      const rows = await db
        .selectFrom("incidents")
        .select("id")
        .where("organization_id", "=", organizationId)
        .where("status", "!=", "closed")
        .where("id", "in", incidentsOfPerson(db, personId))
        .execute();
      return { unitId: person?.unit_id ?? null, incidents: rows.map((r) => r.id) };
    },
  };
}
