import type { ServerMessage } from "@beredd/contracts";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { buildApp } from "../src/app.js";
import { createLogger } from "../src/platform/logger.js";
import { openRuntime } from "../src/runtime.js";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_VIEWER, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, raise, timeline } from "./incident-fixtures.js";
import { connect, type SocketClient } from "./socket-client.js";

// Lena Sjöberg works at Förskolan Solrosen and holds no incident role: an alarm for everyone at
// the preschool reaches her only as one of "everyone at the place".
describeEachDialect("everyone at the place", (ctx) => {
  let port: number;
  let anna: Agent;
  let lena: Agent;
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  const open: SocketClient[] = [];
  const resumed = async (cookie: string, after?: number) => {
    const c = await connect(port, { cookie });
    open.push(c);
    const hello = (await c.waitFor((m) => m.type === "hello")) as Extract<
      ServerMessage,
      { type: "hello" }
    >;
    c.send({ type: "resume", after: after ?? hello.seq, epoch: hello.epoch });
    await c.waitFor((m) => m.type === "caught_up");
    return c;
  };
  const lockdownAtPreschool = () => ({
    scenarioId: catalog.scenario("lockdown").id,
    unitId: catalog.unit("Förskolan Solrosen").id,
  });

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    await ctx().app.listen({ port: 0, host: "127.0.0.1" });
    port = (ctx().app.server.address() as AddressInfo).port;
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    lena = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
    catalog = await demoCatalog(anna);
  });
  // Past the window in which a second raise of the same alarm is taken as a repeated tap.
  beforeEach(() => ctx().clock.advance(10 * 60_000));
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
  });

  it("alarms them live, lets them answer, and gives them a participation on their first response", async () => {
    const phone = await resumed(lena.cookie);
    const coordinator = await resumed(anna.cookie);
    const raised = await raise(anna, lockdownAtPreschool());
    const alarm = await phone.waitFor(
      (m) => m.type === "event" && m.event.type === "incident.raised",
    );
    expect(alarm.type === "event" && alarm.event.incidentId).toBe(raised.id);
    let incident = await getIncident(anna, raised.id);
    expect(incident.participants.some((p) => p.personId === lena.session.personId)).toBe(false);
    expect(incident.audience).toMatchObject({ people: 1, received: 0, acknowledged: 0 });
    // She sees the incident she is alerted to, and it is in her list.
    expect((await lena.request("GET", `/api/v1/incidents/${raised.id}`)).statusCode).toBe(200);
    const mine = (await lena.request("GET", "/api/v1/incidents")).json<{
      items: { id: string }[];
    }>().items;
    expect(mine.map((i) => i.id)).toContain(raised.id);

    phone.send({ type: "received", incidentId: raised.id });
    phone.send({ type: "answer", incidentId: raised.id, answer: "on_my_way", ref: "tap" });
    phone.send({ type: "answer", incidentId: raised.id, answer: "on_my_way", ref: "again" });
    expect(await phone.waitFor((m) => m.type === "recorded" && m.ref === "again")).toMatchObject({
      state: { status: "on_my_way" },
    });
    const responded = await coordinator.waitFor(
      (m) =>
        m.type === "event" &&
        m.event.type === "participants.responded" &&
        m.event.data.responses.some((r) => r.response === "on_my_way"),
    );
    incident = await getIncident(anna, raised.id);
    const lenas = incident.participants.filter((p) => p.personId === lena.session.personId);
    expect(lenas).toEqual([
      expect.objectContaining({ reason: "everyone", status: "on_my_way", roles: [] }),
    ]);
    expect(lenas[0]?.receivedAt).not.toBeNull();
    expect(incident.audience).toMatchObject({ people: 1, received: 1, onMyWay: 1 });
    // The participation keeps the id the event gave it; the second tap changed nothing.
    expect(
      responded.type === "event" && responded.event.type === "participants.responded"
        ? responded.event.data.responses.map((r) => r.participantId)
        : [],
    ).toContain(lenas[0]?.id);
    const answers = coordinator
      .events()
      .flatMap((e) => (e.type === "participants.responded" ? e.data.responses : []))
      .filter((r) => r.personId === lena.session.personId && r.response === "on_my_way");
    expect(answers).toHaveLength(1);
    // Her receipt and answer are for the staff: she is not told of them as events.
    expect(phone.events().some((e) => e.type === "participants.responded")).toBe(false);
  });

  it("tells their other devices at once when they answer, over the socket or by HTTP", async () => {
    const phone = await resumed(lena.cookie);
    const laptop = await resumed(lena.cookie);
    const raised = await raise(anna, lockdownAtPreschool());
    await laptop.waitFor((m) => m.type === "event" && m.event.incidentId === raised.id);
    phone.send({ type: "answer", incidentId: raised.id, answer: "acknowledged", ref: "tap" });
    expect(await phone.waitFor((m) => m.type === "recorded" && m.ref === "tap")).toMatchObject({
      state: { status: "acknowledged" },
    });
    const onLaptop = await laptop.waitFor((m) => m.type === "recorded");
    expect(onLaptop).toMatchObject({ incidentId: raised.id, state: { status: "acknowledged" } });
    expect(onLaptop).not.toHaveProperty("ref");
    expect(phone.messages.filter((m) => m.type === "recorded")).toHaveLength(1);

    await lena.request("POST", `/api/v1/incidents/${raised.id}/answers`, { answer: "on_my_way" });
    for (const device of [phone, laptop])
      await device.waitFor((m) => m.type === "recorded" && m.state.status === "on_my_way");
  });

  it("merges a receipt and an answer given on two nodes at the same moment into one participation", async () => {
    // Several nodes share PostgreSQL; SQLite is one node, where the requests still overlap.
    const second =
      ctx().dialect === "postgres" ? await openRuntime(ctx().config, ctx().clock) : null;
    const node2 = second ? await buildApp(second, createLogger("silent")) : null;
    try {
      const elsewhere = node2 ? await signIn(node2.app, DEMO_VIEWER, DEMO.password) : lena;
      const raised = await raise(anna, lockdownAtPreschool());
      const [receipt, answer] = await Promise.all([
        elsewhere.request("POST", `/api/v1/incidents/${raised.id}/receipts`),
        lena.request("POST", `/api/v1/incidents/${raised.id}/answers`, { answer: "cannot" }),
      ]);
      expect([receipt.statusCode, answer.statusCode]).toEqual([200, 200]);
      const incident = await getIncident(anna, raised.id);
      const lenas = incident.participants.filter((p) => p.personId === lena.session.personId);
      // One row: the answer wins over the receipt whichever committed first, and both requests
      // were told the id that is stored.
      expect(lenas).toEqual([expect.objectContaining({ reason: "everyone", status: "cannot" })]);
      expect(lenas[0]?.receivedAt).not.toBeNull();
      const ids = [receipt, answer].map((r) => r.json<{ participantId: string }>().participantId);
      expect(ids).toEqual([lenas[0]?.id, lenas[0]?.id]);
      expect(incident.audience).toMatchObject({ people: 1, received: 1, cannot: 1 });
    } finally {
      await node2?.close();
      await second?.close();
    }
  });

  it("gives them a participation only in the incident they answered, when answers to two share a commit", async () => {
    const atPreschool = (key: string) => ({
      scenarioId: catalog.scenario(key).id,
      unitId: catalog.unit("Förskolan Solrosen").id,
    });
    const lockdown = await raise(anna, atPreschool("lockdown"));
    const evacuation = await raise(anna, atPreschool("evacuation"));
    const organizationId = anna.session.organization.id;
    // Submitted in the same tick, Lena's answer to the lockdown and Anna's receipt of the
    // evacuation share one group commit, as requests arriving together do.
    // (Anna need not take part in the evacuation: her receipt only has to share the commit.)
    const { responses } = ctx().product.incidents;
    const [lenas] = await Promise.allSettled([
      responses.submit({
        organizationId,
        personId: lena.session.personId,
        incidentId: lockdown.id,
        kind: "acknowledged",
      }),
      responses.submit({
        organizationId,
        personId: anna.session.personId,
        incidentId: evacuation.id,
        kind: "received",
      }),
    ]);
    expect(lenas.status).toBe("fulfilled");
    const lenaIn = async (id: string) =>
      (await getIncident(anna, id)).participants.filter(
        (p) => p.personId === lena.session.personId,
      );
    expect(await lenaIn(lockdown.id)).toEqual([
      expect.objectContaining({ reason: "everyone", status: "acknowledged" }),
    ]);
    expect(await lenaIn(evacuation.id)).toEqual([]);
    expect((await getIncident(anna, evacuation.id)).audience).toMatchObject({ received: 0 });
  });

  it("replays the incident to them after a reconnect, and only to the people at the place", async () => {
    const before = await resumed(lena.cookie);
    const hello = before.messages[0] as Extract<ServerMessage, { type: "hello" }>;
    await before.close();
    const raised = await raise(anna, lockdownAtPreschool());
    const elsewhere = await raise(anna, {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("Hus B").id,
    });
    const again = await resumed(lena.cookie, hello.seq);
    const seen = again.events().map((e) => e.incidentId);
    expect(seen).toContain(raised.id);
    expect(seen).not.toContain(elsewhere.id);
  });

  it("takes them off an alarm they answered when they move away from the place", async () => {
    const raised = await raise(anna, lockdownAtPreschool());
    const phone = await resumed(lena.cookie);
    phone.send({ type: "answer", incidentId: raised.id, answer: "acknowledged", ref: "ok" });
    await phone.waitFor((m) => m.type === "recorded" && m.ref === "ok");
    const listed = async () =>
      (await lena.request("GET", "/api/v1/incidents")).json<{ items: { id: string }[] }>().items;
    expect((await listed()).map((i) => i.id)).toContain(raised.id);

    const moved = await anna.request("PATCH", `/api/v1/people/${lena.session.personId}`, {
      unitId: catalog.unit("Hus B").id,
    });
    expect(moved.statusCode).toBe(200);
    expect((await listed()).map((i) => i.id)).not.toContain(raised.id);
    // Her answer stays in the incident for the staff.
    const incident = await getIncident(anna, raised.id);
    expect(incident.participants).toContainEqual(
      expect.objectContaining({ personId: lena.session.personId, status: "acknowledged" }),
    );
    await anna.request("PATCH", `/api/v1/people/${lena.session.personId}`, {
      unitId: catalog.unit("Förskolan Solrosen").id,
    });
  });

  it("gives someone who answered as one of everyone the role they are then escalated into", async () => {
    const roles = (await anna.request("GET", "/api/v1/incident-roles")).json<{
      items: { id: string; key: string }[];
    }>().items;
    const firstAider = roles.find((r) => r.key === "first_aider")?.id ?? "";
    const preschool = catalog.unit("Förskolan Solrosen").id;
    const staff = (people: string[]) =>
      anna.request("PUT", `/api/v1/incident-roles/${firstAider}/staffing/${preschool}`, {
        people,
        deputies: [],
      });
    expect((await staff([lena.session.personId])).statusCode).toBe(200);
    try {
      // The lockdown alerts everyone at the preschool but activates no first aider.
      const raised = await raise(anna, lockdownAtPreschool());
      const answered = await lena.request("POST", `/api/v1/incidents/${raised.id}/answers`, {
        answer: "acknowledged",
      });
      expect(answered.statusCode).toBe(200);
      const escalated = await anna.request("POST", `/api/v1/incidents/${raised.id}/escalations`, {
        kind: "role",
        roleKey: "first_aider",
      });
      expect(escalated.statusCode).toBeLessThan(300);

      const incident = await getIncident(anna, raised.id);
      const lenas = incident.participants.filter((p) => p.personId === lena.session.personId);
      // One participation, now in the role, waiting for her to acknowledge the role.
      expect(lenas).toEqual([
        expect.objectContaining({
          roles: [expect.objectContaining({ roleKey: "first_aider" })],
          reason: "escalation",
          status: "notified",
        }),
      ]);
      const activated = (await timeline(anna, raised.id)).filter(
        (e) => e.type === "participants.activated",
      );
      expect(
        activated.flatMap((e) =>
          e.type === "participants.activated" ? e.data.participants.map((p) => p.personId) : [],
        ),
      ).toContain(lena.session.personId);
      // Escalating the role again finds her in it: nobody is activated twice.
      await anna.request("POST", `/api/v1/incidents/${raised.id}/escalations`, {
        kind: "person",
        personId: lena.session.personId,
      });
      const again = await getIncident(anna, raised.id);
      expect(again.participants.filter((p) => p.personId === lena.session.personId)).toEqual([
        expect.objectContaining({
          roles: [expect.objectContaining({ roleKey: "first_aider" })],
          status: "notified",
        }),
      ]);
    } finally {
      await staff([]);
    }
  });
});
