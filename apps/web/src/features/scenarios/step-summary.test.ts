import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { sv } from "../../i18n/sv";
import { roleNames } from "./role-names";
import { stepDraft } from "./scenario-draft";
import { stepSummary } from "./step-summary";

const role = (key: string, name: string) => ({
  id: "0190a000-0000-7000-8000-000000000000",
  key,
  name: { sv: name, en: name },
  description: { sv: "", en: "" },
});
const roles = roleNames(
  [role("lead", "Krisledare"), role("crisis_team", "Krisledningsgrupp")],
  "sv",
);

beforeAll(async () => {
  await i18n.init({ lng: "sv", resources: { sv: { translation: sv } } });
});

describe("stepSummary", () => {
  it("says a complete step in one Swedish sentence", () => {
    const step = stepDraft({
      type: "role_if_unacknowledged",
      roleKey: "lead",
      escalateToRoleKey: "crisis_team",
      afterSeconds: 180,
    });
    expect(stepSummary(i18n.t, step, roles)).toBe(
      "Har ingen med funktionen Krisledare kvitterat inom 180 sekunder larmas Krisledningsgrupp.",
    );
    const severity = stepDraft({
      type: "roles_on_severity",
      severity: "critical",
      roleKeys: ["crisis_team"],
    });
    expect(stepSummary(i18n.t, severity, roles)).toBe(
      "När allvarlighetsgraden blir kritisk larmas Krisledningsgrupp.",
    );
  });

  it("says nothing while the step is incomplete", () => {
    expect(
      stepSummary(i18n.t, stepDraft({ type: "deputies_if_unacknowledged" }), roles),
    ).toBeNull();
  });
});
