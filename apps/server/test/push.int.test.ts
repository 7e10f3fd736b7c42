import type { Device, PersonReadiness, Problem, TestAlarm } from "@beredd/contracts";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ReceiptTokens } from "../src/modules/deliveries/index.js";
import { signIn, type Agent } from "./client.js";
import { DEMO, DEMO_VIEWER, seedDemoOrganization } from "./fixtures.js";
import { describeEachDialect } from "./harness.js";
import { demoCatalog, getIncident, raise } from "./incident-fixtures.js";
import { PushPeer } from "./push-peer.js";
import { waitFor } from "./wait-for.js";

const peer = new PushPeer();
await peer.start();
afterAll(() => peer.stop());

describeEachDialect(
  "Web Push to a person's devices",
  (ctx) => {
    let anna: Agent;
    let johan: Agent;
    let lena: Agent;
    let catalog: Awaited<ReturnType<typeof demoCatalog>>;
    // Device names at the peer, apart per dialect (both halves share one peer).
    const dev = (name: string) => `${ctx().dialect}-${name}`;

    const register = async (agent: Agent, name: string, label = name) => {
      const res = await agent.request("POST", "/api/v1/me/devices", {
        ...peer.subscribe(dev(name)),
        label,
        installed: true,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Device>();
    };
    const devices = async (agent: Agent) =>
      (await agent.request("GET", "/api/v1/me/devices")).json<{ items: Device[] }>().items;
    const receipt = (token: string) =>
      ctx().app.inject({ method: "POST", url: "/api/v1/push/receipts", payload: { token } });
    // Each raise is a new incident: past the repeat-tap window of the one before.
    const raiseFirstAid = async () => {
      ctx().clock.advance(121_000);
      return raise(johan, {
        scenarioId: catalog.scenario("first_aid").id,
        unitId: catalog.unit("A101 Klassrum 5B").id,
      });
    };
    const alarmsTo = (name: string, incidentId: string) =>
      peer.pushesTo(dev(name)).filter((p) => p.payload.incidentId === incidentId);

    beforeAll(async () => {
      await seedDemoOrganization(ctx().deps);
      anna = await signIn(ctx().app, DEMO.email, DEMO.password);
      johan = await signIn(ctx().app, "johan.nilsson@exempelkommun.se", DEMO.password);
      lena = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
      catalog = await demoCatalog(anna);
      const key = await anna.request("GET", "/api/v1/push/key");
      expect(key.statusCode).toBe(200);
      peer.vapidKey = key.json<{ publicKey: string }>().publicKey;
    });

    it("registers a device, refreshes it by its endpoint, moves it to whoever registers it, and lets only its person remove it", async () => {
      const first = await register(anna, "laptop", "Dator · Firefox");
      expect(first).toMatchObject({
        label: "Dator · Firefox",
        installed: true,
        pushService: new URL(peer.origin).host,
        lastDelivery: null,
      });
      expect(JSON.stringify(first)).not.toContain("/push/");
      const again = await anna.request("POST", "/api/v1/me/devices", {
        ...peer.subscribe(dev("laptop")),
        label: "Dator · Firefox 150",
        installed: false,
      });
      expect(again.json<Device>()).toMatchObject({ id: first.id, label: "Dator · Firefox 150" });
      expect((await devices(anna)).map((d) => d.id)).toEqual([first.id]);

      expect((await johan.request("DELETE", `/api/v1/me/devices/${first.id}`)).statusCode).toBe(
        404,
      );
      expect((await devices(anna)).map((d) => d.id)).toEqual([first.id]);

      // Johan signs in on the same browser: the device is his now, and no longer Anna's.
      const moved = await johan.request("POST", "/api/v1/me/devices", {
        ...peer.subscribe(dev("laptop")),
        label: "Dator · Firefox 150",
        installed: false,
      });
      expect(moved.json<Device>().id).toBe(first.id);
      expect(await devices(anna)).toEqual([]);
      expect((await devices(johan)).map((d) => d.id)).toEqual([first.id]);
      expect((await anna.request("DELETE", `/api/v1/me/devices/${first.id}`)).statusCode).toBe(404);
      expect((await johan.request("DELETE", `/api/v1/me/devices/${first.id}`)).statusCode).toBe(
        204,
      );
      expect(await devices(johan)).toEqual([]);
      expect((await johan.request("DELETE", `/api/v1/me/devices/${first.id}`)).statusCode).toBe(
        404,
      );
    });

    it("refuses an endpoint that is not at a trusted push service, and keeps nothing", async () => {
      for (const endpoint of [
        "https://evil.example/push/1",
        "http://169.254.169.254/latest/meta-data",
        "http://fcm.googleapis.com/fcm/send/1",
        `${peer.origin.replace("127.0.0.1", "localhost")}/push/x`,
      ]) {
        const res = await anna.request("POST", "/api/v1/me/devices", {
          ...peer.subscribe(dev("evil")),
          endpoint,
          label: "X",
          installed: false,
        });
        expect(res.statusCode, endpoint).toBe(400);
        expect(res.json<Problem>().errors?.[0]?.path).toBe("body/endpoint");
      }
      expect(await devices(anna)).toEqual([]);
    });

    it("sends one encrypted push per device of each person a raise activates, never the raiser's", async () => {
      await register(anna, "anna-phone", "iPhone · Safari");
      await register(johan, "johan-phone", "Pixel · Chrome");
      const raised = await raiseFirstAid();
      const [push] = await waitFor(
        () => alarmsTo("anna-phone", raised.id).length && alarmsTo("anna-phone", raised.id),
        {
          what: "Anna's push",
        },
      );
      expect(push?.payload).toMatchObject({
        kind: "alarm",
        tag: `incident:${raised.id}`,
        title: "FÖRSTA HJÄLPEN",
        url: `/incidents/${raised.id}`,
        incidentId: raised.id,
        drill: false,
        silent: false,
      });
      expect(push?.payload.body).toContain("A101 Klassrum 5B");
      expect(push).toMatchObject({
        urgency: "high",
        ttl: "900",
        topic: raised.id.replaceAll("-", ""),
      });
      expect(push?.claims.sub).toMatch(/^mailto:/);

      // The raiser's own device: a test alarm to it comes after anything queued before.
      expect((await johan.request("POST", "/api/v1/me/test-alarms")).statusCode).toBe(201);
      await waitFor(() => peer.pushesTo(dev("johan-phone")).length, { what: "Johan's test" });
      expect(peer.pushesTo(dev("johan-phone")).map((p) => p.payload.kind)).toEqual(["test"]);
      expect(alarmsTo("anna-phone", raised.id)).toHaveLength(1);

      // The service worker's receipt: delivered, and Anna has the alarm.
      const token = String(push?.payload.receipt);
      expect((await receipt(token)).statusCode).toBe(204);
      expect((await receipt(token)).statusCode).toBe(204);
      expect((await devices(anna))[0]?.lastDelivery?.state).toBe("delivered");
      const incident = await getIncident(anna, raised.id);
      expect(incident.participants.find((p) => p.name === "Anna Lindqvist")?.status).toBe(
        "received",
      );
      expect(peer.faults).toEqual([]);
    });

    it("marks a drill's push as a drill before anything else", async () => {
      ctx().clock.advance(121_000);
      const drill = await raise(
        johan,
        {
          scenarioId: catalog.scenario("first_aid").id,
          unitId: catalog.unit("A101 Klassrum 5B").id,
        },
        {},
        "/api/v1/drills",
      );
      const push = await waitFor(() => alarmsTo("anna-phone", drill.id)[0]);
      expect(push.payload).toMatchObject({ title: "ÖVNING: FÖRSTA HJÄLPEN", drill: true });
    });

    it("tells everyone alerted before that the alarm changed when its scenario is switched", async () => {
      const raised = await raiseFirstAid();
      await waitFor(() => alarmsTo("anna-phone", raised.id).length);
      const switched = await anna.request("PATCH", `/api/v1/incidents/${raised.id}`, {
        scenarioId: catalog.scenario("lockdown").id,
      });
      expect(switched.statusCode, switched.body).toBe(200);
      const again = await waitFor(() => alarmsTo("anna-phone", raised.id)[1]);
      expect(again.payload).toMatchObject({
        title: "ÄNDRAT: nu INRYMNING",
        tag: `incident:${raised.id}`,
      });
      // The same Topic: a copy still waiting at the push service is replaced, not added to.
      expect(again.topic).toBe(alarmsTo("anna-phone", raised.id)[0]?.topic);
    });

    it("refuses a receipt that is forged, expired or names no delivery", async () => {
      const forged = await receipt("0190a0a0-0000-7000-8000-000000000000.9999999999.AAAA");
      expect(forged.statusCode).toBe(400);
      expect(forged.json<Problem>().errors?.[0]?.path).toBe("body/token");
      const tokens = new ReceiptTokens(ctx().deps.secrets.sessionKey);
      const past = new Date(ctx().clock.now().getTime() - 1000);
      expect(
        (await receipt(tokens.sign("0190a0a0-0000-7000-8000-000000000000", past))).statusCode,
      ).toBe(400);
      const future = new Date(ctx().clock.now().getTime() + 60_000);
      expect(
        (await receipt(tokens.sign("0190a0a0-0000-7000-8000-000000000000", future))).statusCode,
      ).toBe(404);
    });

    it("retries a push the push service failed with 500, once, with backoff", async () => {
      peer.answer(dev("anna-phone"), 500);
      const raised = await raiseFirstAid();
      await waitFor(async () => (await devices(anna))[0]?.lastDelivery?.error?.startsWith("500"), {
        what: "the failed attempt",
      });
      expect((await devices(anna))[0]?.lastDelivery?.state).toBe("queued");
      expect(alarmsTo("anna-phone", raised.id)).toHaveLength(0);
      ctx().clock.advance(1000);
      await ctx().product.deliveries.sender.kick();
      await waitFor(() => alarmsTo("anna-phone", raised.id).length, { what: "the retry" });
      expect(alarmsTo("anna-phone", raised.id)).toHaveLength(1);
      expect((await devices(anna))[0]?.lastDelivery?.state).toBe("sent");
    });

    it("cancels a person's waiting pushes when they answer", async () => {
      peer.answer(dev("anna-phone"), 503);
      const raised = await raiseFirstAid();
      await waitFor(async () => (await devices(anna))[0]?.lastDelivery?.error?.startsWith("503"), {
        what: "the failed attempt",
      });
      const answered = await anna.request("POST", `/api/v1/incidents/${raised.id}/answers`, {
        answer: "acknowledged",
      });
      expect(answered.statusCode, answered.body).toBe(200);
      await waitFor(async () => (await devices(anna))[0]?.lastDelivery?.state === "cancelled", {
        what: "the cancellation",
      });
      ctx().clock.advance(60_000);
      await ctx().product.deliveries.sender.kick();
      expect(alarmsTo("anna-phone", raised.id)).toHaveLength(0);
    });

    it("forgets a device the push service says is gone (410), and still reaches the others", async () => {
      const old = await register(anna, "anna-old-tablet", "Gammal platta");
      peer.answer(dev("anna-old-tablet"), 410);
      const raised = await raiseFirstAid();
      await waitFor(async () => !(await devices(anna)).some((d) => d.id === old.id), {
        what: "the device to go",
      });
      await waitFor(() => alarmsTo("anna-phone", raised.id).length, { what: "the phone's push" });
      expect(alarmsTo("anna-old-tablet", raised.id)).toHaveLength(0);
    });

    it("sends a test alarm to the caller's devices alone and shows what each answered", async () => {
      ctx().clock.advance(31_000);
      const res = await anna.request("POST", "/api/v1/me/test-alarms");
      expect(res.statusCode, res.body).toBe(201);
      const test = res.json<TestAlarm>();
      expect(test.deliveries.map((d) => d.label)).toEqual(["iPhone · Safari"]);
      const push = await waitFor(() =>
        peer.pushesTo(dev("anna-phone")).find((p) => p.payload.tag === `test:${test.id}`),
      );
      expect(push.payload).toMatchObject({ kind: "test", title: "PROVLARM", incidentId: null });
      expect((await receipt(String(push.payload.receipt))).statusCode).toBe(204);
      const shown = (
        await anna.request("GET", `/api/v1/me/test-alarms/${test.id}`)
      ).json<TestAlarm>();
      expect(shown.deliveries[0]).toMatchObject({ state: "delivered", error: null });
      expect(shown.deliveries[0]?.deliveredAt).not.toBeNull();
      // The staff see that Anna can be reached, and when her phone last confirmed an alarm.
      const annaId = (await anna.request("GET", "/api/v1/session")).json<{ personId: string }>()
        .personId;
      const readiness = await anna.request("GET", "/api/v1/readiness");
      expect(readiness.statusCode).toBe(200);
      const items = readiness.json<{ items: PersonReadiness[] }>().items;
      expect(items.find((r) => r.personId === annaId)).toEqual({
        personId: annaId,
        devices: (await devices(anna)).length,
        installed: (await devices(anna)).length,
        lastReceiptAt: shown.deliveries[0]?.deliveredAt,
      });
      // Lena (a viewer) has no device: she is not listed; and only the staff may ask.
      const lenaId = (await lena.request("GET", "/api/v1/session")).json<{ personId: string }>()
        .personId;
      expect(items.some((r) => r.personId === lenaId)).toBe(false);
      expect((await johan.request("GET", "/api/v1/readiness")).statusCode).toBe(403);

      expect((await anna.request("POST", "/api/v1/me/test-alarms")).statusCode).toBe(429);
      expect((await lena.request("POST", "/api/v1/me/test-alarms")).statusCode).toBe(409);
      expect((await johan.request("GET", `/api/v1/me/test-alarms/${test.id}`)).statusCode).toBe(
        404,
      );
      expect(peer.faults).toEqual([]);
    });

    it("alerts everyone at the place on their devices, each in their own language, once", async () => {
      // Sara (Hus B) holds no role a lockdown activates: she is alerted as one of everyone there.
      const sara = await signIn(ctx().app, "sara.andersson@exempelkommun.se", DEMO.password);
      expect((await sara.request("PATCH", "/api/v1/me", { locale: "en" })).statusCode).toBe(200);
      await register(sara, "sara-phone", "Android · Chrome");
      ctx().clock.advance(121_000);
      const raised = await raise(johan, {
        scenarioId: catalog.scenario("lockdown").id,
        unitId: catalog.unit("Exempelskolan").id,
      });
      const saras = await waitFor(() => alarmsTo("sara-phone", raised.id)[0]);
      expect(saras.payload).toMatchObject({ title: "LOCKDOWN", tag: `incident:${raised.id}` });
      expect(saras.payload.body).toContain("Exempelskolan");
      // Her phone's receipt counts like the app's: she takes part, and has the alarm.
      expect((await receipt(String(saras.payload.receipt))).statusCode).toBe(204);
      const incident = await getIncident(anna, raised.id);
      expect(incident.participants.find((p) => p.name === "Sara Andersson")?.status).toBe(
        "received",
      );
      await waitFor(() => alarmsTo("anna-phone", raised.id).length);
      expect(alarmsTo("anna-phone", raised.id)[0]?.payload.title).toBe("INRYMNING");

      // Later test alarms to Sara and Johan (in the audience, but the raiser): once they are in,
      // anything queued before them would be too.
      expect((await sara.request("POST", "/api/v1/me/test-alarms")).statusCode).toBe(201);
      expect((await johan.request("POST", "/api/v1/me/test-alarms")).statusCode).toBe(201);
      const tests = (name: string) =>
        peer.pushesTo(dev(name)).filter((p) => p.payload.kind === "test").length;
      await waitFor(() => tests("sara-phone") === 1 && tests("johan-phone") === 2);
      expect(alarmsTo("sara-phone", raised.id)).toHaveLength(1);
      expect(alarmsTo("anna-phone", raised.id)).toHaveLength(1);
      expect(alarmsTo("johan-phone", raised.id)).toHaveLength(0);
      expect(peer.faults).toEqual([]);
    });
  },
  { BEREDD_PUSH_HOSTS: peer.origin },
);
