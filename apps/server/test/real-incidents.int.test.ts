import type { Incident, IncidentEvent, IncidentPreview, RaisedIncident } from "@beredd/contracts";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_MEMBER, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, holds, raise, timeline } from "./incident-fixtures.js";

/** The cases a real school meets, as a new user met them through the API with the demo plans. */
describeEachDialect("the engine in real incidents", (ctx) => {
  let anna: Agent; // admin, incident lead at the school
  let eva: Agent; // member at A101, operational staff
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  let roleIds: Map<string, string>;
  const runTimers = () => ctx().product.incidents.escalation.kick();
  const eventsOf = async <T extends IncidentEvent["type"]>(id: string, type: T) =>
    (await timeline(anna, id)).filter(
      (e): e is Extract<IncidentEvent, { type: T }> => e.type === type,
    );

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    eva = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
    catalog = await demoCatalog(anna);
    const roles = (await anna.request("GET", "/api/v1/incident-roles")).json<{
      items: { id: string; key: string }[];
    }>().items;
    roleIds = new Map(roles.map((r) => [r.key, r.id]));
  });
  // Each test raises afresh: past the window in which a second tap is the same alarm.
  beforeEach(() => ctx().clock.advance(10 * 60_000));

  it("switches every participant's card with the scenario, keeping what was ticked as history", async () => {
    const raised = await raise(eva, {
      scenarioId: catalog.scenario("evacuation").id,
      unitId: catalog.unit("Hus A").id,
    });
    const before = await getIncident(anna, raised.id);
    const leadCard = before.tasks.filter((t) => t.roleKey === "incident_lead");
    const ticked = leadCard[0];
    if (!ticked) throw new Error("the incident lead has no evacuation card");
    const url = `/api/v1/incidents/${raised.id}`;
    expect((await anna.request("PUT", `${url}/tasks/${ticked.id}/completion`)).statusCode).toBe(
      204,
    );

    const lockdown = catalog.scenario("lockdown");
    const switched = await anna.request("PATCH", url, { scenarioId: lockdown.id });
    expect(switched.statusCode, switched.body).toBe(200);
    const after = switched.json<Incident>();
    expect(after.alertText).toEqual(lockdown.plan.alertText);

    // Every role held has exactly the lockdown's card for that role: no evacuation step is left
    // under a lockdown alert.
    const held = new Set(after.participants.flatMap((p) => p.roles.map((r) => r.roleKey)));
    expect(held.size).toBeGreaterThan(1);
    for (const roleKey of held) {
      const card = lockdown.plan.cards.find((c) => c.roleKey === roleKey);
      const items = after.tasks.filter((t) => t.roleKey === roleKey);
      expect(
        items.map((t) => t.itemId),
        roleKey,
      ).toEqual(card?.items.map((i) => i.id) ?? []);
      expect(items.map((t) => t.text)).toEqual(card?.items.map((i) => i.text) ?? []);
    }
    expect(after.participants.every((p) => p.status === "notified")).toBe(true);

    // The switch says what changed; the tick stays in the log.
    const [event] = await eventsOf(raised.id, "incident.scenario_switched");
    const lead = event?.data.cards.find((c) => c.roleKey === "incident_lead");
    const shared = lockdown.plan.cards
      .find((c) => c.roleKey === "incident_lead")
      ?.items.some((i) => i.id === ticked.itemId && i.mode === ticked.mode);
    if (shared) {
      expect(lead?.kept).toContain(ticked.itemId);
      expect(after.tasks.find((t) => t.itemId === ticked.itemId)?.done).toBe(true);
    } else {
      expect(lead?.removed).toContainEqual({
        itemId: ticked.itemId,
        text: ticked.text,
        done: true,
      });
    }
    expect(lead?.added.length).toBeGreaterThan(0);
    const completed = await eventsOf(raised.id, "task.completed");
    expect(completed.map((e) => e.data.itemId)).toContain(ticked.itemId);
  });

  it("gives a person with several roles one participation, every role and every card", async () => {
    const logKeeper = roleIds.get("log_keeper") ?? "";
    const school = catalog.unit("Exempelskolan").id;
    const staffing = (people: string[]) =>
      anna.request("PUT", `/api/v1/incident-roles/${logKeeper}/staffing/${school}`, {
        people,
        deputies: [],
      });
    const maria =
      (await anna.request("GET", "/api/v1/people?q=Maria")).json<{ items: { id: string }[] }>()
        .items[0]?.id ?? "";
    // Eva is operational staff at the school and now keeps the log as well.
    expect((await staffing([maria, eva.session.personId])).statusCode).toBe(200);
    try {
      const raised = await raise(anna, {
        scenarioId: catalog.scenario("lockdown").id,
        unitId: catalog.unit("A101 Klassrum 5B").id,
      });
      const incident = await getIncident(anna, raised.id);
      const evas = incident.participants.filter((p) => p.personId === eva.session.personId);
      expect(evas).toHaveLength(1);
      expect(evas[0]?.roles.map((r) => r.roleKey).sort()).toEqual(["log_keeper", "staff"]);

      // She ticks both cards, and marks the log as its keeper.
      const url = `/api/v1/incidents/${raised.id}`;
      for (const roleKey of ["log_keeper", "staff"]) {
        const item = incident.tasks.find((t) => t.roleKey === roleKey);
        if (!item) throw new Error(`no ${roleKey} card`);
        const res = await eva.request("PUT", `${url}/tasks/${item.id}/completion`);
        expect(res.statusCode, `${roleKey}: ${res.body}`).toBe(204);
      }
      const entry = await anna.request("POST", `${url}/log-entries`, {
        text: "Polisen är larmad",
      });
      expect(entry.statusCode, entry.body).toBe(201);
      const marked = await eva.request(
        "PATCH",
        `${url}/log-entries/${entry.json<{ id: string }>().id}`,
        { key: true },
      );
      expect(marked.statusCode, marked.body).toBeLessThan(300);

      // Severity critical brings in the crisis team and the spokesperson: Ahmed Ali holds both.
      const critical = await anna.request("PATCH", url, { severity: "critical" });
      const ahmed = critical.json<Incident>().participants.filter((p) => p.name === "Ahmed Ali");
      expect(ahmed).toHaveLength(1);
      expect(ahmed[0]?.roles.map((r) => r.roleKey).sort()).toEqual(["crisis_team", "spokesperson"]);
      const spokesCard = critical
        .json<Incident>()
        .tasks.filter((t) => t.roleKey === "spokesperson");
      expect(spokesCard.length).toBeGreaterThan(0);
    } finally {
      await staffing([maria]);
    }
  });

  it("never lets an escalation step that reaches no one new pass in silence", async () => {
    // The lockdown's first step calls the incident lead's deputy, Erik, who is in the incident
    // already as the safety coordinator.
    const raised = await raise(eva, {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    });
    ctx().clock.advance(61_000);
    await runTimers();

    const [nobody] = await eventsOf(raised.id, "escalation.reached_nobody");
    expect(nobody?.data).toMatchObject({
      stepIndex: 0,
      roleKey: "incident_lead",
      skipped: [expect.objectContaining({ name: "Erik Johansson", why: "already_in" })],
      nextStepIndex: 4,
    });
    expect(nobody?.data.message.sv).toContain("nådde ingen ny person");
    expect(nobody?.data.message.en).toContain("Step 5 runs now");

    // The plan's next step for the incident lead ran at once, two minutes early: the crisis team.
    const steps = (await eventsOf(raised.id, "incident.escalated")).map((e) => e.data.stepIndex);
    expect(steps).toEqual([0, 4]);
    const incident = await getIncident(anna, raised.id);
    const crisis = incident.participants.filter((p) => holds(p, "crisis_team")).map((p) => p.name);
    expect(crisis.sort()).toEqual(["Ahmed Ali", "Karin Ek"]);
    // Erik stands in for the lead on top of his own role, with the lead's card to go by.
    const erik = incident.participants.find((p) => p.name === "Erik Johansson");
    expect(erik?.roles.map((r) => r.roleKey).sort()).toEqual([
      "incident_lead",
      "safety_coordinator",
    ]);

    // Nothing fires twice when the step's own time comes.
    ctx().clock.advance(180_000);
    await runTimers();
    const again = (await eventsOf(raised.id, "incident.escalated")).map((e) => e.data.stepIndex);
    expect(again.filter((s) => s === 4)).toHaveLength(1);
    // The other roles' deputy steps came due meanwhile; the demo school has no such deputies, and
    // each of those steps says so once.
    const warned = (await eventsOf(raised.id, "escalation.reached_nobody")).map((e) => e.data);
    expect(warned.map((w) => w.stepIndex)).toEqual([0, 1, 2, 3]);
    expect(warned[1]).toMatchObject({ skipped: [], nextStepIndex: null });
    expect(warned[1]?.message.en).toContain("no one holds that role here");
  });

  it("alerts the whole school for a lockdown from a classroom, and shows who before it is raised", async () => {
    const body = {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    };
    const preview = await eva.request(
      "GET",
      `/api/v1/incidents/preview?scenarioId=${body.scenarioId}&unitId=${body.unitId}`,
    );
    expect(preview.statusCode, preview.body).toBe(200);
    const shown = preview.json<IncidentPreview>();
    expect(shown.everyone).toMatchObject({ reach: "site", unitName: "Exempelskolan", units: 7 });
    expect(shown.roles.find((r) => r.roleKey === "incident_lead")?.people).toEqual([
      expect.objectContaining({ name: "Anna Lindqvist" }),
    ]);

    const raised = await raise(eva, body);
    const incident = await getIncident(anna, raised.id);
    expect(incident.audience?.unitIds).toHaveLength(7);
    expect(incident.audience?.people).toBe(shown.everyone?.people);
    // Oskar works in the school, not in A101: he is alerted too.
    const oskar = (await anna.request("GET", "/api/v1/people?q=Oskar")).json<{
      items: { id: string }[];
    }>().items[0];
    const rollCall = incident.rollCall.notAnswered;
    expect(rollCall).toContain(oskar?.id);
    expect(raised.activated).toBe(shown.people);
  });

  it("lets a scenario reach only the building or the unit, by its plan", async () => {
    const scenario = catalog.scenario("relocation");
    const setReach = (everyoneReach: string) =>
      anna.request("PATCH", `/api/v1/scenarios/${scenario.id}`, {
        plan: { ...scenario.plan, everyoneReach },
      });
    const reached = async (unit: string) => {
      ctx().clock.advance(10 * 60_000);
      const raised = await raise(anna, { scenarioId: scenario.id, unitId: catalog.unit(unit).id });
      const names = new Map([...catalogUnits()].map(([name, id]) => [id, name]));
      return (await getIncident(anna, raised.id)).audience?.unitIds
        .map((id) => names.get(id))
        .sort();
    };
    const catalogUnits = () =>
      ["Exempelskolan", "Hus A", "Hus B", "A101 Klassrum 5B", "A102 Klassrum 6A"].map(
        (n) => [n, catalog.unit(n).id] as const,
      );
    try {
      expect((await setReach("building")).statusCode).toBe(200);
      expect(await reached("A101 Klassrum 5B")).toEqual([
        "A101 Klassrum 5B",
        "A102 Klassrum 6A",
        "Hus A",
      ]);
      expect((await setReach("unit")).statusCode).toBe(200);
      expect(await reached("A101 Klassrum 5B")).toEqual(["A101 Klassrum 5B"]);
      expect((await setReach("everywhere")).statusCode).toBe(400);
    } finally {
      await setReach(scenario.plan.everyoneReach);
    }
  });

  it("answers a replayed raise exactly as the first answer", async () => {
    const headers = { "idempotency-key": "tablet-hall-0042" };
    const body = {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("Hus B").id,
    };
    const first = await eva.request("POST", "/api/v1/incidents", body, headers);
    expect(first.statusCode).toBe(201);
    expect(first.json<RaisedIncident>().activated).toBeGreaterThan(1);
    const replay = await eva.request("POST", "/api/v1/incidents", body, headers);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json()).toEqual(first.json());
    // A second tap with no key, within the repeat window, is the same alarm too.
    const tap = await eva.request("POST", "/api/v1/incidents", body);
    expect(tap.json()).toEqual(first.json());
  });

  it("lets the deputy stand in at once for someone away, and says so when a step finds only people away", async () => {
    const personId = async (q: string) =>
      (await anna.request("GET", `/api/v1/people?q=${q}`)).json<{ items: { id: string }[] }>()
        .items[0]?.id ?? "";
    const away = (id: string, until: string | null) =>
      anna.request("PATCH", `/api/v1/people/${id}`, { absentUntil: until });
    const inAnHour = new Date(ctx().clock.now().getTime() + 3_600_000).toISOString();
    const [annaId, sara] = [anna.session.personId, await personId("Sara")];
    const body = {
      scenarioId: catalog.scenario("first_aid").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    };
    expect((await away(annaId, inAnHour)).statusCode).toBe(200);
    expect((await away(sara, inAnHour)).statusCode).toBe(200);
    try {
      // Anna leads incidents at the school, but is away: Erik, her deputy, is activated at once.
      const preview = (
        await eva.request(
          "GET",
          `/api/v1/incidents/preview?scenarioId=${body.scenarioId}&unitId=${body.unitId}`,
        )
      ).json<IncidentPreview>();
      const lead = preview.roles.find((r) => r.roleKey === "incident_lead");
      expect(lead?.absent).toEqual([expect.objectContaining({ name: "Anna Lindqvist" })]);
      expect(lead?.people.map((p) => p.name)).toEqual(["Erik Johansson"]);

      const raised = await raise(eva, body);
      const incident = await getIncident(anna, raised.id);
      expect(incident.participants.map((p) => p.name)).not.toContain("Anna Lindqvist");
      const erik = incident.participants.find((p) => p.name === "Erik Johansson");
      expect(erik?.roles.map((r) => [r.roleKey, r.reason])).toEqual([["incident_lead", "deputy"]]);

      // The first aider's deputy, Sara, is away too: the deputy step says so and moves on.
      ctx().clock.advance(46_000);
      await runTimers();
      const [nobody] = await eventsOf(raised.id, "escalation.reached_nobody");
      expect(nobody?.data).toMatchObject({
        stepIndex: 0,
        skipped: [expect.objectContaining({ name: "Sara Andersson", why: "absent" })],
        nextStepIndex: 1,
      });
      expect((await getIncident(anna, raised.id)).participants.map((p) => p.name)).not.toContain(
        "Sara Andersson",
      );
    } finally {
      await away(annaId, null);
      await away(sara, null);
    }
    // Back (or past the time): the next alarm activates her again.
    ctx().clock.advance(10 * 60_000);
    const again = await getIncident(anna, (await raise(eva, body)).id);
    expect(again.participants.map((p) => p.name)).toContain("Anna Lindqvist");
  });
});
