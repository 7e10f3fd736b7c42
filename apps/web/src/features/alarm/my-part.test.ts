import { IncidentEvent, type Incident } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import { earlyIncident, type EarlyNews } from "./early-incident";
import { doNowLines, pickTakeover, splitAlert, type Me } from "./my-part";

const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, "0")}`;
const eva: Me = { personId: id(1), unitId: id(2) };
const text = (sv: string) => ({ sv, en: sv });

const raised = (incidentId: string, at: string) =>
  IncidentEvent.parse({
    seq: 1,
    id: id(90),
    incidentId,
    type: "incident.raised",
    at,
    actor: { type: "person", id: id(3), name: "Erik Johansson" },
    drill: false,
    data: {
      scenarioId: id(4),
      scenarioKey: "lockdown",
      name: text("Inrymning"),
      alertText: text("INRYMNING – stanna inne, lås dörren"),
      instructions: text("Gå in.\nLås dörren.\n\nStäng fönstren.\nRäkna eleverna."),
      silent: false,
      unitId: id(5),
      placeNote: null,
      note: null,
      severity: "high",
    },
  }) as EarlyNews["raised"];

const news = (incidentId: string, at = "2026-12-03T10:00:00.000Z"): EarlyNews => ({
  raised: raised(incidentId, at),
  activated: null,
  audience: null,
});

/** A member's stream only carries incidents they are in: the raise alone reaches them. */
const reached = (incidentId: string, at?: string) =>
  earlyIncident(news(incidentId, at), eva, false) as Incident;

describe("the incoming alarm's model", () => {
  it("puts the verb first", () => {
    expect(splitAlert("INRYMNING – stanna inne, lås dörren")).toEqual({
      verb: "INRYMNING",
      rest: "stanna inne, lås dörren",
    });
    expect(splitAlert("BRAND")).toEqual({ verb: "BRAND", rest: "" });
  });

  it("takes over for a member from the raise alone; staff only once an event names them", () => {
    expect(pickTakeover([reached(id(10))], eva, {})?.kind).toBe("alarm");
    expect(earlyIncident(news(id(10)), eva, true)).toBeNull();
    const audience = IncidentEvent.parse({
      ...news(id(10)).raised,
      type: "audience.added",
      data: { reason: "everyone", unitIds: [id(2)], people: 40 },
    }) as EarlyNews["audience"];
    expect(earlyIncident({ ...news(id(10)), audience }, eva, true)).not.toBeNull();
  });

  it("shows at most three 'Gör nu' lines, from the instructions while there is no card", () => {
    const incident = reached(id(10));
    const part = { participant: incident.participants[0] ?? null, roleIds: new Set<string>() };
    expect(doNowLines(incident, part, eva.personId, "sv")).toEqual([
      "Gå in.",
      "Lås dörren.",
      "Stäng fönstren.",
    ]);
  });

  it("shows the newest unanswered alarm; a recall notice before it; nothing once answered", () => {
    const older = reached(id(10), "2026-12-03T10:00:00.000Z");
    const newer = reached(id(11), "2026-12-03T10:05:00.000Z");
    expect(pickTakeover([older, newer], eva, {})?.incident.id).toBe(id(11));
    const answered = {
      ...newer,
      participants: newer.participants.map((p) => ({ ...p, status: "acknowledged" as const })),
    };
    expect(pickTakeover([answered], eva, {})).toBeNull();
    const recalled = { ...answered, recalled: true, status: "resolved" as const };
    expect(pickTakeover([recalled], eva, { [id(11)]: { kind: "recalled" } })?.kind).toBe(
      "recalled",
    );
    expect(pickTakeover([recalled], eva, {})).toBeNull();
  });
});
