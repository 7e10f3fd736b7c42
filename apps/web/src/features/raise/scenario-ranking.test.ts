import type { IncidentSummary, Scenario, Unit } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import { mayRaise, rankScenarios, siteOf } from "./scenario-ranking";

const now = Date.parse("2026-12-03T10:00:00Z");
const unit = (id: string, parentId: string | null, kind: Unit["kind"]) =>
  ({ id, parentId, kind, name: id, active: true }) as Unit;
const units = [
  unit("kommun", null, "organization"),
  unit("skola", "kommun", "school"),
  unit("husA", "skola", "building"),
  unit("a101", "husA", "room"),
  unit("annan", "kommun", "school"),
];
const scenario = (id: string, raisers: Scenario["plan"]["raisers"] = "member") =>
  ({ id, plan: { raisers } }) as Scenario;
const incident = (scenarioId: string, unitId: string, daysAgo: number, drill = false) =>
  ({
    scenario: { id: scenarioId },
    unitId,
    drill,
    raisedAt: new Date(now - daysAgo * 24 * 3600 * 1000).toISOString(),
  }) as IncidentSummary;

describe("rankScenarios", () => {
  const scenarios = [scenario("a"), scenario("b"), scenario("c")];

  it("keeps the organisation's order when nothing was raised", () => {
    const ranked = rankScenarios({ scenarios, incidents: [], units, unitId: "a101", now });
    expect(ranked.map((s) => s.id)).toEqual(["a", "b", "c"]);
  });

  it("puts what was raised at my school in the last 90 days first", () => {
    const incidents = [
      incident("c", "husA", 3),
      incident("c", "skola", 10),
      incident("b", "a101", 1),
      incident("a", "annan", 1), // another school
      incident("a", "annan", 2),
      incident("b", "skola", 120), // too old
      incident("b", "skola", 1, true), // a drill
      incident("b", "skola", 2, true),
    ];
    const ranked = rankScenarios({ scenarios, incidents, units, unitId: "a101", now });
    expect(ranked.map((s) => s.id)).toEqual(["c", "b", "a"]);
  });
});

describe("siteOf and mayRaise", () => {
  it("finds the school of a room", () => expect(siteOf(units, "a101")).toBe("skola"));
  it("lets only the roles the plan names raise", () => {
    expect(mayRaise("member", scenario("a"))).toBe(true);
    expect(mayRaise("member", scenario("a", "coordinator"))).toBe(false);
    expect(mayRaise("admin", scenario("a", "coordinator"))).toBe(true);
  });
});
