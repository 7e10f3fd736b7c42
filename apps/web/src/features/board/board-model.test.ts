import type { Incident } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import { countsOf, helpRequests, missingNames, roleGroups } from "./board-model";

const at = (minute: number) => `2026-03-02T08:${String(minute).padStart(2, "0")}:00.000Z`;
const role = (roleId: string, roleKey: string) => ({
  roleId,
  roleKey,
  roleName: { sv: roleKey, en: roleKey },
  reason: "role" as const,
  activatedAt: at(0),
});
const participant = (
  personId: string,
  name: string,
  roles: ReturnType<typeof role>[],
  answeredAt: string | null = null,
) => ({
  id: `p-${personId}`,
  personId,
  name,
  roles,
  reason: "role",
  status: answeredAt ? "acknowledged" : "notified",
  notifiedAt: at(0),
  receivedAt: answeredAt,
  answeredAt,
});

/** Only what the board model reads is filled in. */
const incident = {
  participants: [
    participant("anna", "Anna", [role("r1", "incident_lead")], at(1)),
    participant("lars", "Lars", [role("r2", "marshal"), role("r1", "incident_lead")]),
    participant("karin", "Karin", []),
  ],
  progress: [{ roleId: "r2", roleKey: "marshal", done: 2, total: 5 }],
  rollCall: {
    safe: 1,
    needHelp: 2,
    notAnswered: ["lars", "olle"],
    people: [
      { personId: "anna", status: "safe", note: null, at: at(2) },
      { personId: "karin", status: "need_help", note: "Skadad", at: at(3) },
      { personId: "lars", status: "need_help", note: null, at: at(4) },
    ],
    groups: [],
  },
} as unknown as Incident;

describe("the board model", () => {
  it("counts the people alerted, those who answered and those asking for help", () => {
    expect(countsOf(incident)).toEqual({ activated: 3, answered: 1, needHelp: 2 });
  });

  it("lists who needs help by name, the latest call first", () => {
    expect(helpRequests(incident).map((r) => [r.name, r.note])).toEqual([
      ["Lars", null],
      ["Karin", "Skadad"],
    ]);
  });

  it("names who the roll-call waits for, also people of the place without a participation", () => {
    expect(missingNames(incident, new Map([["olle", "Olle"]]))).toEqual(["Lars", "Olle"]);
  });

  it("groups people by every role they hold, with the card's progress, and the rest apart", () => {
    const { roles, others } = roleGroups(incident);
    expect(roles.map((r) => [r.roleKey, r.people.map((p) => p.name), r.progress?.done])).toEqual([
      ["incident_lead", ["Anna", "Lars"], undefined],
      ["marshal", ["Lars"], 2],
    ]);
    expect(others.map((p) => p.name)).toEqual(["Karin"]);
  });
});
