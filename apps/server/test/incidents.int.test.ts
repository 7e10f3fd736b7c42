import type { Problem } from "@beredd/contracts";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import {
  DEMO,
  DEMO_COORDINATOR,
  DEMO_MEMBER,
  DEMO_VIEWER,
  seedDemoOrganization,
} from "./fixtures.js";
import { demoCatalog, getIncident, namesOf, raise, timeline } from "./incident-fixtures.js";

describeEachDialect("raising and answering an alarm", (ctx) => {
  let anna: Agent; // admin, incident lead at the school
  let eva: Agent; // teacher in A101, member
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    eva = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
    catalog = await demoCatalog(anna);
  });
  // Each test raises its own alarm; earlier ones must not look like repeat taps.
  beforeEach(() => ctx().clock.advance(10 * 60_000));

  const firstAidIn5B = () => ({
    scenarioId: catalog.scenario("first_aid").id,
    unitId: catalog.unit("A101 Klassrum 5B").id,
    placeNote: "Vid tavlan",
  });

  it("activates the roles' people at the place, inherited from the school, and holds deputies back", async () => {
    const raised = await raise(eva, firstAidIn5B());
    expect(raised).toMatchObject({
      status: "active",
      drill: false,
      severity: "high",
      activated: 2,
    });
    const incident = await getIncident(anna, raised.id);
    // Första hjälpare and krisledare are staffed at Exempelskolan, above A101: inherited. Eva,
    // who raised it, follows it with no role.
    expect(namesOf(incident)).toEqual(["Anna Lindqvist", "Eva Holm", "Johan Nilsson"]);
    const activated = incident.participants.filter((p) => p.name !== "Eva Holm");
    expect(activated.every((p) => p.status === "notified" && p.reason === "role")).toBe(true);
    expect(incident.participants.find((p) => p.name === "Eva Holm")).toMatchObject({
      reason: "raised",
      roles: [],
    });
    expect(incident.placeNote).toBe("Vid tavlan");
    expect(incident.tasks.filter((t) => t.roleKey === "first_aider").length).toBeGreaterThan(0);
    const events = await timeline(anna, raised.id);
    // The role holders' activation, then the raiser's, then the alarm itself: all of them
    // follow the incident before the alarm goes out.
    expect(events.map((e) => e.type)).toEqual([
      "participants.activated",
      "participants.activated",
      "incident.raised",
    ]);
    expect(events.every((e) => e.drill === false)).toBe(true);
    expect(events[0]?.seq).toBeLessThan(events[1]?.seq ?? 0);
  });

  it("alerts the whole school for a lockdown raised in one building, and that building's marshal", async () => {
    const raised = await raise(eva, {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("Hus A").id,
    });
    const incident = await getIncident(anna, raised.id);
    const byName = new Map(incident.participants.map((p) => [p.name, p]));
    expect(byName.get("Lars Persson")).toMatchObject({
      roles: [expect.objectContaining({ roleKey: "evacuation_marshal", reason: "role" })],
      reason: "role",
    });
    expect(byName.has("Fatima Hassan")).toBe(false); // Hus B's marshal: alerted, not activated
    // Everyone at the school (the lockdown's reach), as a rule frozen at the raise: no row per
    // person until they respond, but they count, and their phones get the alarm (realtime tests).
    const school = ["Exempelskolan", "Hus A", "Hus B", "A101 Klassrum 5B", "A102 Klassrum 6A"];
    expect(new Set(incident.audience?.unitIds)).toEqual(
      new Set([...school, "Matsalen", "Idrottshallen"].map((n) => catalog.unit(n).id)),
    );
    // Eva raised it and is one of the school's staff: she knows, nobody else has answered yet.
    expect(incident.audience).toMatchObject({ received: 1, acknowledged: 1 });
    expect(incident.rollCallEnabled).toBe(true);
  });

  it("never makes two incidents of one raise retried with the same Idempotency-Key", async () => {
    const headers = { "idempotency-key": "phone-7f3a-0001" };
    const first = await eva.request("POST", "/api/v1/incidents", firstAidIn5B(), headers);
    const retries = await Promise.all(
      [1, 2, 3].map(() => eva.request("POST", "/api/v1/incidents", firstAidIn5B(), headers)),
    );
    expect(first.statusCode).toBe(201);
    for (const r of retries) {
      expect(r.statusCode).toBe(200);
      expect(r.headers["idempotent-replayed"]).toBe("true");
      expect(r.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    }
    expect(
      (await timeline(anna, first.json<{ id: string }>().id)).filter(
        (e) => e.type === "incident.raised",
      ),
    ).toHaveLength(1);
    const other = await eva.request(
      "POST",
      "/api/v1/incidents",
      { ...firstAidIn5B(), placeNote: "Annat" },
      headers,
    );
    expect(other.statusCode).toBe(409);
    expect(other.json<Problem>().errors?.[0]?.path).toBe("headers/idempotency-key");
  });

  it("keeps an Idempotency-Key to its caller: another member's equal key is their own alarm", async () => {
    const headers = { "idempotency-key": "shared-looking-key-0001" };
    const evas = await eva.request("POST", "/api/v1/incidents", firstAidIn5B(), headers);
    expect(evas.statusCode).toBe(201);
    const johan = await signIn(ctx().app, "johan.nilsson@exempelkommun.se", DEMO.password);
    const lockdown = { scenarioId: catalog.scenario("lockdown").id, unitId: firstAidIn5B().unitId };
    const johans = await johan.request("POST", "/api/v1/incidents", lockdown, headers);
    // Not a replay of Eva's alarm (whose summary Johan may not see), and not refused: his own.
    expect(johans.statusCode).toBe(201);
    expect(johans.headers["idempotent-replayed"]).toBeUndefined();
    expect(johans.json<{ id: string }>().id).not.toBe(evas.json<{ id: string }>().id);
    expect(johans.json<{ scenario: { key: string } }>().scenario.key).toBe("lockdown");
    const again = await eva.request("POST", "/api/v1/incidents", firstAidIn5B(), headers);
    expect(again.json<{ id: string }>().id).toBe(evas.json<{ id: string }>().id);
  });

  it("treats a second tap without a key as the same alarm", async () => {
    const a = await raise(eva, firstAidIn5B());
    const b = await eva.request("POST", "/api/v1/incidents", firstAidIn5B());
    expect(b.statusCode).toBe(200);
    expect(b.json<{ id: string }>().id).toBe(a.id);
  });

  it("starts a drill only by its own request, marked on the incident and every event", async () => {
    const drill = await raise(eva, firstAidIn5B(), {}, "/api/v1/drills");
    expect(drill.drill).toBe(true);
    const events = await timeline(anna, drill.id);
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((e) => e.drill)).toBe(true);
    // A drill flag sent to the alarm endpoint is refused, never quietly turned into a real alarm.
    const before = (await anna.request("GET", "/api/v1/incidents")).json<{ items: unknown[] }>()
      .items.length;
    const badFlag = await eva.request("POST", "/api/v1/incidents", {
      ...firstAidIn5B(),
      drill: true,
    });
    expect(badFlag.statusCode).toBe(400);
    expect(badFlag.json<Problem>().code).toBe("validation_failed");
    expect(
      (await anna.request("GET", "/api/v1/incidents")).json<{ items: unknown[] }>().items.length,
    ).toBe(before);
  });

  it("takes one answer per request, idempotently, and refuses answers on a closed incident", async () => {
    const raised = await raise(eva, firstAidIn5B());
    // Anna answers as the incident lead.
    const answer = (value: string) =>
      anna.request("POST", `/api/v1/incidents/${raised.id}/answers`, { answer: value });
    const first = await answer("on_my_way");
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: "on_my_way" });
    const before = (await timeline(anna, raised.id)).length;
    expect((await answer("on_my_way")).json()).toMatchObject({ status: "on_my_way" });
    expect((await timeline(anna, raised.id)).length).toBe(before);
    expect((await answer("maybe")).statusCode).toBe(400);

    // Someone with no part in it (Lena, at the preschool) cannot answer it.
    const lena = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
    expect(
      (
        await lena.request("POST", `/api/v1/incidents/${raised.id}/answers`, {
          answer: "acknowledged",
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await anna.request("POST", `/api/v1/incidents/${raised.id}/resolution`)).statusCode,
    ).toBe(204);
    expect((await anna.request("POST", `/api/v1/incidents/${raised.id}/closure`)).statusCode).toBe(
      204,
    );
    const late = await answer("acknowledged");
    expect(late.statusCode).toBe(409);
    expect(
      (await getIncident(anna, raised.id)).participants.find((p) => p.name === "Anna Lindqvist")
        ?.status,
    ).toBe("on_my_way");
  });

  it("rejects a raise naming another scenario or unit with the field at fault", async () => {
    const res = await eva.request("POST", "/api/v1/incidents", {
      scenarioId: catalog.unit("Hus A").id,
      unitId: catalog.unit("Hus A").id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors?.[0]?.path).toBe("body/scenarioId");
    const viewer = await signIn(ctx().app, "lena.sjoberg@exempelkommun.se", DEMO.password);
    const forbidden = await viewer.request("POST", "/api/v1/incidents", firstAidIn5B());
    expect(forbidden.statusCode).toBe(403);
  });

  it("shows a member only the incidents they take part in", async () => {
    const raised = await raise(anna, {
      scenarioId: catalog.scenario("it_outage").id,
      unitId: catalog.unit("Exempelkommun").id,
    });
    expect((await eva.request("GET", `/api/v1/incidents/${raised.id}`)).statusCode).toBe(404);
    const list = (await eva.request("GET", "/api/v1/incidents")).json<{ items: { id: string }[] }>()
      .items;
    expect(list.map((i) => i.id)).not.toContain(raised.id);
    const coordinator = await signIn(ctx().app, DEMO_COORDINATOR, DEMO.password);
    expect((await coordinator.request("GET", `/api/v1/incidents/${raised.id}`)).statusCode).toBe(
      200,
    );
  });
});
