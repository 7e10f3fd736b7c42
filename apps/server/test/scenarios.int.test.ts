import type { Problem, Scenario, ScenarioList } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";

describeEachDialect("scenario templates", (ctx) => {
  let admin: Agent;
  let lockdown: Scenario;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    admin = await signIn(ctx().app, DEMO.email, DEMO.password);
    const list = (await admin.request("GET", "/api/v1/scenarios")).json<ScenarioList>();
    lockdown = list.items.find((s) => s.key === "lockdown") ?? list.items[0]!;
  });
  const create = (plan: Scenario["plan"]) =>
    admin.request("POST", "/api/v1/scenarios", {
      key: "egen-inrymning",
      name: { sv: "Egen inrymning", en: "Own lockdown" },
      description: { sv: "Kopia", en: "Copy" },
      defaultSeverity: "high",
      plan,
    });

  it("refuses a plan naming an incident role the organisation lacks, with the field at fault", async () => {
    const cases: [Scenario["plan"], string][] = [
      [{ ...lockdown.plan, activatedRoleKeys: ["staff", "vaktmastare"] }, "activatedRoleKeys/1"],
      [
        {
          ...lockdown.plan,
          escalation: [
            {
              type: "role_if_unacknowledged",
              roleKey: "incident_lead",
              escalateToRoleKey: "vaktmastare",
              afterSeconds: 60,
            },
          ],
        },
        "escalation/0/escalateToRoleKey",
      ],
    ];
    for (const [plan, path] of cases) {
      const res = await create(plan);
      expect(res.statusCode).toBe(400);
      expect(res.json<Problem>().errors).toEqual([
        expect.objectContaining({ path: `body/plan/${path}`, code: "not_found" }),
      ]);
    }
  });

  it("creates a copy of a plan whose roles all exist", async () => {
    const res = await create(lockdown.plan);
    expect(res.statusCode).toBe(201);
    expect(res.json<Scenario>().plan).toEqual(lockdown.plan);
  });
});
