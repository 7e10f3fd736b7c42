import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, raise } from "./incident-fixtures.js";

describeEachDialect("the person who raised the alarm", (ctx) => {
  let anna: Agent;
  let johan: Agent;
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    johan = await signIn(ctx().app, "johan.nilsson@exempelkommun.se", DEMO.password);
    catalog = await demoCatalog(anna);
  });

  it("is not alerted by their own alarm when they hold one of its roles", async () => {
    // Johan is the school's first-aider: first aid activates him and the incident lead.
    const raised = await raise(johan, {
      scenarioId: catalog.scenario("first_aid").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    });
    const incident = await getIncident(anna, raised.id);
    const status = (name: string) => incident.participants.find((p) => p.name === name)?.status;
    expect(status("Johan Nilsson")).toBe("acknowledged");
    expect(status("Anna Lindqvist")).toBe("notified");
  });

  it("is not alerted either when staff, who raise from the board", async () => {
    const raised = await raise(anna, {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("Exempelskolan").id,
    });
    const incident = await getIncident(anna, raised.id);
    expect(incident.participants.find((p) => p.name === "Anna Lindqvist")?.status).toBe(
      "acknowledged",
    );
    expect(incident.participants.some((p) => p.status === "notified")).toBe(true);
  });
});
