import type { IncidentEvent } from "@beredd/contracts";
import { parseJson, type Db } from "../../../platform/db/index.js";
import { latestOfSubject } from "../../../platform/events/index.js";
import { findUnit } from "../../units/index.js";
import type { AlarmFacts } from "./push-words.js";

type Of<T extends IncidentEvent["type"]> = Extract<IncidentEvent, { type: T }>;

export interface IncidentFacts extends AlarmFacts {
  /** The person who raised it: they know, and are never sent it. */
  raiserId: string | null;
}

/**
 * What a push about an incident needs, read from its events (the log is the platform's): who
 * raised it, its words now (a scenario switch changes them) and its place now. Undefined for an
 * incident whose raise is not in the log.
 */
export async function incidentFacts(
  db: Db,
  organizationId: string,
  incidentId: string,
): Promise<IncidentFacts | undefined> {
  const subject = { type: "incident", id: incidentId };
  const [raisedRow, wordsRow, placeRow] = await Promise.all([
    latestOfSubject(db, subject, ["incident.raised"]),
    latestOfSubject(db, subject, ["incident.raised", "incident.scenario_switched"]),
    latestOfSubject(db, subject, ["incident.raised", "incident.place_changed"]),
  ]);
  if (!raisedRow || !wordsRow || !placeRow) return undefined;
  const raised = parseJson<Of<"incident.raised">>(raisedRow.body);
  const words = parseJson<Of<"incident.raised"> | Of<"incident.scenario_switched">>(wordsRow.body);
  const place = parseJson<Of<"incident.raised"> | Of<"incident.place_changed">>(placeRow.body);
  const unit = await findUnit(db, organizationId, place.data.unitId);
  return {
    incidentId,
    drill: raised.drill,
    silent: words.data.silent,
    alertText: words.data.alertText,
    name: words.data.name,
    place: [unit?.name, place.data.placeNote].filter(Boolean).join(", "),
    raiserId: raised.actor.type === "person" ? raised.actor.id : null,
  };
}
