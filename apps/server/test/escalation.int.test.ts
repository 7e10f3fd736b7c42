import type { Incident } from "@beredd/contracts";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { buildApp } from "../src/app.js";
import { createLogger } from "../src/platform/logger.js";
import { openRuntime } from "../src/runtime.js";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_COORDINATOR, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, holds, namesOf, raise, timeline } from "./incident-fixtures.js";

describeEachDialect("escalation", (ctx) => {
  let anna: Agent;
  let erik: Agent;
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  const runTimers = () => ctx().product.incidents.escalation.kick();
  const firstAid = () =>
    raise(erik, {
      scenarioId: catalog.scenario("first_aid").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    });

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    erik = await signIn(ctx().app, DEMO_COORDINATOR, DEMO.password);
    catalog = await demoCatalog(anna);
  });
  beforeEach(() => ctx().clock.advance(10 * 60_000));

  it("activates the deputies when no first aider acknowledges in time, exactly once", async () => {
    const raised = await firstAid();
    ctx().clock.advance(44_000);
    await runTimers();
    expect(namesOf(await getIncident(anna, raised.id))).not.toContain("Sara Andersson");
    ctx().clock.advance(2_000);
    await Promise.all([runTimers(), runTimers(), runTimers()]);
    await runTimers();
    const incident = await getIncident(anna, raised.id);
    const sara = incident.participants.filter((p) => p.name === "Sara Andersson");
    expect(sara).toHaveLength(1);
    expect(sara[0]).toMatchObject({
      reason: "escalation",
      roles: [expect.objectContaining({ roleKey: "first_aider", reason: "escalation" })],
    });
    const escalations = (await timeline(anna, raised.id)).filter(
      (e) => e.type === "incident.escalated",
    );
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      actor: { type: "system" },
      data: { source: "plan", stepIndex: 0, activated: 1 },
    });
  });

  it("fires a step once when two nodes run the timers at the same moment", async () => {
    const second = await openRuntime(ctx().config, ctx().clock);
    const node2 = await buildApp(second, createLogger("silent"));
    try {
      const raised = await firstAid();
      ctx().clock.advance(46_000);
      await Promise.all([
        runTimers(),
        node2.incidents.escalation.kick(),
        runTimers(),
        node2.incidents.escalation.kick(),
      ]);
      const incident = await getIncident(anna, raised.id);
      expect(incident.participants.filter((p) => p.name === "Sara Andersson")).toHaveLength(1);
      expect(
        (await timeline(anna, raised.id)).filter((e) => e.type === "incident.escalated"),
      ).toHaveLength(1);
    } finally {
      await node2.close();
      await second.close();
    }
  });

  it("activates a person escalated by hand from two places at the same moment once", async () => {
    const raised = await firstAid();
    const lars = (await anna.request("GET", "/api/v1/people?q=Lars")).json<{
      items: { id: string; name: string }[];
    }>().items[0];
    if (!lars) throw new Error("no Lars in the demo");
    // Several nodes share PostgreSQL; SQLite is one node, where the requests still overlap.
    const postgres = ctx().deps.dialect === "postgres";
    const second = postgres ? await openRuntime(ctx().config, ctx().clock) : null;
    const node2 = second ? await buildApp(second, createLogger("silent")) : null;
    try {
      const other = node2 ? await signIn(node2.app, DEMO.email, DEMO.password) : anna;
      const escalate = (agent: Agent) =>
        agent.request("POST", `/api/v1/incidents/${raised.id}/escalations`, {
          kind: "person",
          personId: lars.id,
        });
      const answers = await Promise.all([escalate(anna), escalate(other), escalate(anna)]);
      expect(answers.map((a) => a.statusCode).every((code) => code < 300)).toBe(true);
      const incident = await getIncident(anna, raised.id);
      expect(incident.participants.filter((p) => p.personId === lars.id)).toHaveLength(1);
      const activations = (await timeline(anna, raised.id)).flatMap((e) =>
        e.type === "participants.activated" ? e.data.participants : [],
      );
      expect(activations.filter((p) => p.personId === lars.id)).toHaveLength(1);
    } finally {
      await node2?.close();
      await second?.close();
    }
  });

  it("records one answer event for a burst of identical taps", async () => {
    const raised = await firstAid();
    const taps = await Promise.all(
      Array.from({ length: 20 }, () =>
        anna.request("POST", `/api/v1/incidents/${raised.id}/answers`, { answer: "acknowledged" }),
      ),
    );
    expect(taps.every((t) => t.statusCode === 200)).toBe(true);
    const answered = (await timeline(anna, raised.id)).flatMap((e) =>
      e.type === "participants.responded"
        ? e.data.responses.filter((r) => r.response === "acknowledged")
        : [],
    );
    expect(answered).toHaveLength(1);
  });

  it("stops that role's escalation the moment someone of the role acknowledges", async () => {
    const raised = await firstAid();
    // Anna is the incident lead: her acknowledgement stops the "incident lead deputies" step.
    await anna.request("POST", `/api/v1/incidents/${raised.id}/answers`, {
      answer: "acknowledged",
    });
    ctx().clock.advance(10 * 60_000);
    await runTimers();
    const names = namesOf(await getIncident(anna, raised.id));
    expect(names).not.toContain("Erik Johansson"); // the incident lead's deputy
    expect(names).toContain("Sara Andersson"); // no first aider answered: that step still fired
  });

  it("does not count 'cannot' as an acknowledgement", async () => {
    const raised = await firstAid();
    await anna.request("POST", `/api/v1/incidents/${raised.id}/answers`, { answer: "cannot" });
    ctx().clock.advance(10 * 60_000);
    await runTimers();
    expect(namesOf(await getIncident(anna, raised.id))).toContain("Erik Johansson");
  });

  it("fires no step after the incident is resolved", async () => {
    const raised = await firstAid();
    await anna.request("POST", `/api/v1/incidents/${raised.id}/resolution`);
    ctx().clock.advance(10 * 60_000);
    await runTimers();
    expect(namesOf(await getIncident(anna, raised.id))).toEqual([
      "Anna Lindqvist",
      "Johan Nilsson",
    ]);
  });

  it("brings in the crisis team when the severity reaches critical, once", async () => {
    const raised = await firstAid();
    const patch = (severity: string) =>
      anna.request("PATCH", `/api/v1/incidents/${raised.id}`, { severity });
    expect((await patch("critical")).statusCode).toBe(200);
    await patch("high");
    const incident = (await patch("critical")).json<Incident>();
    expect(incident.severity).toBe("critical");
    const crisis = incident.participants
      .filter((p) => holds(p, "crisis_team"))
      .map((p) => p.name)
      .sort();
    expect(crisis).toEqual(["Ahmed Ali", "Karin Ek"]); // staffed at the municipality, inherited
    const types = (await timeline(anna, raised.id)).map((e) => e.type);
    expect(types.filter((t) => t === "incident.severity_changed")).toHaveLength(3);
    expect(types.filter((t) => t === "incident.escalated")).toHaveLength(1);
  });

  it("escalates by hand to a role, then to its deputies, and to a person", async () => {
    const raised = await firstAid();
    const escalate = (body: object) =>
      anna.request("POST", `/api/v1/incidents/${raised.id}/escalations`, body);
    expect((await escalate({ kind: "role", roleKey: "first_aider" })).json()).toEqual({
      activated: 1,
    }); // Sara, the deputy
    expect((await escalate({ kind: "role", roleKey: "first_aider" })).json()).toEqual({
      activated: 0,
    });
    const person = (await anna.request("GET", "/api/v1/people?q=Oskar")).json<{
      items: { id: string }[];
    }>().items[0];
    expect((await escalate({ kind: "person", personId: person?.id })).json()).toEqual({
      activated: 1,
    });
    const eva = await signIn(ctx().app, "eva.holm@exempelkommun.se", DEMO.password);
    expect(
      (
        await eva.request("POST", `/api/v1/incidents/${raised.id}/escalations`, {
          kind: "role",
          roleKey: "staff",
        })
      ).statusCode,
    ).toBe(404);
  });
});

describeEachDialect("changing an incident in flight", (ctx) => {
  let anna: Agent;
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    catalog = await demoCatalog(anna);
  });
  beforeEach(() => ctx().clock.advance(10 * 60_000));

  it("switches evacuation to lockdown: new plan frozen, everyone re-notified, old timers stopped", async () => {
    const raised = await raise(anna, {
      scenarioId: catalog.scenario("fire").id,
      unitId: catalog.unit("Hus A").id,
    });
    await anna.request("POST", `/api/v1/incidents/${raised.id}/answers`, {
      answer: "acknowledged",
    });
    const res = await anna.request("PATCH", `/api/v1/incidents/${raised.id}`, {
      scenarioId: catalog.scenario("lockdown").id,
    });
    expect(res.statusCode).toBe(200);
    const incident = res.json<Incident>();
    expect(incident.scenario.key).toBe("lockdown");
    expect(incident.alertText).toEqual(catalog.scenario("lockdown").plan.alertText);
    expect(incident.participants.every((p) => p.status === "notified")).toBe(true);
    const switched = (await timeline(anna, raised.id)).find(
      (e) => e.type === "incident.scenario_switched",
    );
    expect(switched?.data).toMatchObject({
      scenarioKey: "lockdown",
      fromName: catalog.scenario("fire").name,
    });
    const timers = await ctx()
      .deps.db.selectFrom("escalation_timers")
      .select(["plan_version", "status"])
      .where("incident_id", "=", raised.id)
      .execute();
    expect(timers.filter((t) => t.plan_version === 1).every((t) => t.status !== "pending")).toBe(
      true,
    );
    expect(timers.some((t) => t.plan_version === 2 && t.status === "pending")).toBe(true);
  });

  it("keeps editing a template from changing an incident already running", async () => {
    const scenario = catalog.scenario("first_aid");
    const raised = await raise(anna, { scenarioId: scenario.id, unitId: catalog.unit("Hus B").id });
    const edited = { ...scenario.plan, alertText: { sv: "Ändrad text", en: "Changed text" } };
    expect(
      (await anna.request("PATCH", `/api/v1/scenarios/${scenario.id}`, { plan: edited }))
        .statusCode,
    ).toBe(200);
    expect((await getIncident(anna, raised.id)).alertText).toEqual(scenario.plan.alertText);
  });

  it("recalls a false alarm: everyone reached is told, the log stays", async () => {
    const eva = await signIn(ctx().app, "eva.holm@exempelkommun.se", DEMO.password);
    const raised = await raise(eva, {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    });
    await anna.request("POST", `/api/v1/incidents/${raised.id}/log-entries`, {
      text: "Larmet utlöst av misstag",
    });
    const res = await eva.request("POST", `/api/v1/incidents/${raised.id}/recall`, {
      reason: "Tryckte av misstag",
    });
    expect(res.statusCode).toBe(204);
    const incident = await getIncident(anna, raised.id);
    expect(incident).toMatchObject({ status: "resolved", recalled: true });
    expect(incident.log.map((l) => l.text)).toEqual(["Larmet utlöst av misstag"]);
    const recall = (await timeline(eva, raised.id)).find((e) => e.type === "incident.recalled");
    expect(recall?.data).toEqual({ reason: "Tryckte av misstag" });
    expect(
      (
        await eva.request("POST", `/api/v1/incidents/${raised.id}/answers`, {
          answer: "acknowledged",
        })
      ).statusCode,
    ).toBe(409);
  });
});
