import type { Problem, RaisedIncident, Staffing } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_COORDINATOR, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, timeline } from "./incident-fixtures.js";

describeEachDialect("an alarm that would reach no one", (ctx) => {
  let anna: Agent;
  let erik: Agent;
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    erik = await signIn(ctx().app, DEMO_COORDINATOR, DEMO.password);
    catalog = await demoCatalog(anna);
  });
  const firstAidAtPreschool = (key: string) =>
    erik.request(
      "POST",
      "/api/v1/incidents",
      {
        scenarioId: catalog.scenario("first_aid").id,
        unitId: catalog.unit("Förskolan Solrosen").id,
      },
      { "idempotency-key": key },
    );

  it("reaches the organisation's fallback role (krisledare) and tells the raiser so in words", async () => {
    // The preschool has no first-aider and no incident lead of its own, nor above it.
    const res = await firstAidAtPreschool("forskola-1");
    expect(res.statusCode).toBe(201);
    const raised = res.json<RaisedIncident>();
    expect(raised.fallback).toMatchObject({ roleKey: "incident_lead", activated: 1 });
    expect(raised.fallback?.message.sv).toMatch(/Krisledare har larmats i stället/);
    expect(raised.activated).toBe(1);

    const incident = await getIncident(anna, raised.id);
    expect(incident.participants.map((p) => [p.name, p.reason])).toEqual([
      ["Anna Lindqvist", "fallback"],
    ]);
    const events = await timeline(anna, raised.id);
    const types = events.map((e) => e.type);
    // Activated before the raise event, so the alarm itself reaches her; told after it.
    expect(types.indexOf("participants.activated")).toBeLessThan(types.indexOf("incident.raised"));
    expect(types.indexOf("incident.fallback")).toBeGreaterThan(types.indexOf("incident.raised"));

    const again = await firstAidAtPreschool("forskola-1");
    expect(again.json<RaisedIncident>()).toEqual(raised);
  });

  it("says to call 112 when not even the fallback role has anyone to reach", async () => {
    const roles = (await anna.request("GET", "/api/v1/incident-roles")).json<{
      items: { id: string; key: string }[];
    }>().items;
    const incidentLead = roles.find((r) => r.key === "incident_lead");
    const staffing = (
      await anna.request("GET", `/api/v1/incident-roles/${incidentLead?.id}/staffing`)
    ).json<{ items: Staffing[] }>().items;
    for (const s of staffing)
      await anna.request("PUT", `/api/v1/incident-roles/${incidentLead?.id}/staffing/${s.unitId}`, {
        people: [],
        deputies: [],
      });
    const raised = (await firstAidAtPreschool("forskola-2")).json<RaisedIncident>();
    expect(raised.fallback).toMatchObject({ roleKey: "incident_lead", activated: 0 });
    expect(raised.fallback?.message.sv).toMatch(/Ring 112/);
    expect(raised.fallback?.message.en).toMatch(/Call 112/);
  });

  it("reaches the fallback role the administrator chose, one of the organisation's own", async () => {
    const roles = (await anna.request("GET", "/api/v1/incident-roles")).json<{
      items: { id: string; key: string }[];
    }>().items;
    const firstAider = roles.find((r) => r.key === "first_aider")?.id ?? "";
    const choose = (who: typeof anna, fallbackRoleId: string | null) =>
      who.request("PATCH", "/api/v1/organization", { fallbackRoleId });

    expect((await choose(erik, firstAider)).statusCode).toBe(403);
    const unknown = await choose(anna, "01a207b4-4527-700d-8629-a5a8d84409d3");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().errors?.[0]).toMatchObject({
      path: "body/fallbackRoleId",
      code: "not_found",
    });
    expect((await anna.request("GET", "/api/v1/organization")).json()).toMatchObject({
      fallbackRoleId: null,
    });

    const chosen = await choose(anna, firstAider);
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ fallbackRoleId: firstAider });
    // The preschool has no first-aider: the school's first-aiders are alerted instead.
    const raised = (await firstAidAtPreschool("forskola-3")).json<RaisedIncident>();
    expect(raised.fallback?.roleKey).toBe("first_aider");
    expect(raised.fallback?.activated).toBeGreaterThan(0);
    const incident = await getIncident(anna, raised.id);
    expect(
      incident.participants.map((p) => [p.name, p.reason, p.roles.map((r) => r.roleKey)]),
    ).toEqual([["Johan Nilsson", "fallback", ["first_aider"]]]);

    // Unset, the first role in the roles' order is the fallback again.
    expect((await choose(anna, null)).json()).toMatchObject({ fallbackRoleId: null });
    const back = (await firstAidAtPreschool("forskola-4")).json<RaisedIncident>();
    expect(back.fallback?.roleKey).toBe("incident_lead");
  });
});
