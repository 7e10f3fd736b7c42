import type { Incident, IncidentEvent } from "@beredd/contracts";
import { summaryOfRaised } from "../../lib/raised-summary";
import type { Me } from "./my-part";

type Event<T extends IncidentEvent["type"]> = Extract<IncidentEvent, { type: T }>;

/** What the socket has said of a new incident that concerns me, before it has been read. */
export interface EarlyNews {
  raised: Event<"incident.raised">;
  activated: Event<"participants.activated"> | null;
  audience: Event<"audience.added"> | null;
}

/**
 * The incident as its first events describe it, so the takeover needs no round trip: the alarm
 * is on screen as soon as the socket brings it, and the full read (my card's "Gör nu" lines)
 * replaces this a moment later. Only for display; never written into the cache. Null for the
 * staff until an event says that they are reached (activated, or their unit in the audience).
 */
export function earlyIncident(news: EarlyNews, me: Me, staff: boolean): Incident | null {
  const { raised, activated, audience } = news;
  const named = activated?.data.participants.find((p) => p.personId === me.personId);
  const inAudience = me.unitId !== null && audience?.data.unitIds.includes(me.unitId) === true;
  // The stream sends others than the staff only the incidents they are in (and not who else
  // was activated): for them the raise itself says that they are reached.
  const mine =
    named ??
    (staff || inAudience
      ? undefined
      : { participantId: "", personId: me.personId, name: "", roles: [], newcomer: true });
  if (!mine && !inAudience) return null;
  const d = raised.data;
  return {
    ...summaryOfRaised(raised),
    placeNote: d.placeNote,
    note: d.note,
    alertText: d.alertText,
    instructions: d.instructions,
    requiresAcknowledgement: true,
    rollCallEnabled: false,
    raisedBy: raised.actor,
    participants: mine
      ? [
          {
            id: mine.participantId,
            personId: mine.personId,
            name: mine.name,
            roles: mine.roles.map((r) => ({
              ...r,
              roleName: null,
              reason: activated?.data.reason ?? "role",
              activatedAt: raised.at,
            })),
            reason: activated?.data.reason ?? "role",
            status: "notified",
            notifiedAt: raised.at,
            receivedAt: null,
            answeredAt: null,
          },
        ]
      : [],
    audience: audience
      ? {
          unitIds: audience.data.unitIds,
          people: audience.data.people,
          received: 0,
          acknowledged: 0,
          onMyWay: 0,
          cannot: 0,
        }
      : null,
    tasks: [],
    progress: [],
    rollCall: { safe: 0, needHelp: 0, notAnswered: [], people: [], groups: [] },
    log: [],
    lastSeq: raised.seq,
  };
}
