import type { CreatedApiToken, ServerMessage } from "@beredd/contracts";
import { randomBytes } from "node:crypto";
import { request, type IncomingHttpHeaders, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { buildApp } from "../src/app.js";
import { createLogger } from "../src/platform/logger.js";
import { openRuntime } from "../src/runtime.js";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import {
  createOtherOrganization,
  DEMO,
  DEMO_MEMBER,
  DEMO_VIEWER,
  seedDemoOrganization,
} from "./fixtures.js";
import { demoCatalog, getIncident, raise } from "./incident-fixtures.js";
import { connect, type SocketClient } from "./socket-client.js";
import { waitFor, withTimeout } from "./wait-for.js";

describeEachDialect(
  "the realtime stream",
  (ctx) => {
    let port: number;
    let anna: Agent;
    let eva: Agent;
    let catalog: Awaited<ReturnType<typeof demoCatalog>>;
    const open: SocketClient[] = [];
    const client = async (auth: Parameters<typeof connect>[1]) => {
      const c = await connect(port, auth);
      open.push(c);
      await c.waitFor((m) => m.type === "hello");
      return c;
    };
    const resumed = async (auth: Parameters<typeof connect>[1], after?: number) => {
      const c = await client(auth);
      const hello = c.messages[0] as Extract<ServerMessage, { type: "hello" }>;
      c.send({ type: "resume", after: after ?? hello.seq, epoch: hello.epoch });
      await c.waitFor((m) => m.type === "caught_up");
      return c;
    };
    const lockdownIn5B = () => ({
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    });

    beforeAll(async () => {
      await seedDemoOrganization(ctx().deps);
      await ctx().app.listen({ port: 0, host: "127.0.0.1" });
      port = (ctx().app.server.address() as AddressInfo).port;
      anna = await signIn(ctx().app, DEMO.email, DEMO.password);
      eva = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
      catalog = await demoCatalog(anna);
    });
    beforeEach(() => ctx().clock.advance(10 * 60_000));
    afterAll(async () => {
      await Promise.all(open.map((c) => c.close()));
    });

    it("delivers the alarm live to the person activated, whose confirmation marks it received", async () => {
      const phone = await resumed({ cookie: eva.cookie });
      const raised = await raise(anna, lockdownIn5B());
      const alarm = await phone.waitFor(
        (m) => m.type === "event" && m.event.type === "incident.raised",
      );
      expect(alarm.type === "event" && alarm.event.incidentId).toBe(raised.id);
      phone.send({ type: "received", incidentId: raised.id });
      // Eva is alerted as one of everyone at the place: her receipt is confirmed to her phone.
      expect(
        await phone.waitFor((m) => m.type === "recorded" && m.incidentId === raised.id),
      ).toMatchObject({ state: { status: "received" } });
      const me = (await getIncident(anna, raised.id)).participants.find(
        (p) => p.name === "Eva Holm",
      );
      expect(me?.status).toBe("received");
      expect(me?.receivedAt).not.toBeNull();

      phone.send({ type: "answer", incidentId: raised.id, answer: "acknowledged", ref: "tap-1" });
      const recorded = await phone.waitFor((m) => m.type === "recorded" && m.ref === "tap-1");
      expect(recorded).toMatchObject({ state: { status: "acknowledged" } });
      expect(
        (await getIncident(anna, raised.id)).participants.find((p) => p.name === "Eva Holm")
          ?.status,
      ).toBe("acknowledged");
      const itOutage = await raise(anna, {
        scenarioId: catalog.scenario("it_outage").id,
        unitId: catalog.unit("Exempelkommun").id,
      });
      phone.send({ type: "answer", incidentId: itOutage.id, answer: "acknowledged", ref: "tap-2" });
      expect(await phone.waitFor((m) => m.type === "error" && m.ref === "tap-2")).toMatchObject({
        code: "not_found",
      });
    });

    it("lets the person who raised an alarm follow it: who is on the way, live", async () => {
      const phone = await resumed({ cookie: eva.cookie });
      // First aid alerts no one at the place: Eva, who raises it, is in it as its raiser.
      const raised = await raise(eva, {
        scenarioId: catalog.scenario("first_aid").id,
        unitId: catalog.unit("A101 Klassrum 5B").id,
      });
      await phone.waitFor(
        (m) =>
          m.type === "event" &&
          m.event.type === "incident.raised" &&
          m.event.incidentId === raised.id,
      );
      const seen = await getIncident(eva, raised.id);
      expect(seen.participants.find((p) => p.name === "Eva Holm")).toMatchObject({
        reason: "raised",
        status: "acknowledged",
        roles: [],
      });
      // The first aider's answer reaches her phone as it happens.
      await anna.request("POST", `/api/v1/incidents/${raised.id}/answers`, { answer: "on_my_way" });
      await phone.waitFor(
        (m) =>
          m.type === "event" &&
          m.event.type === "participants.responded" &&
          m.event.data.responses.some((r) => r.response === "on_my_way"),
      );
      expect(raised.activated).toBe(seen.participants.length - 1);
    });

    it("holds what happens between the hello and the client's resume, and sends it once", async () => {
      const c = await client({ cookie: anna.cookie });
      const hello = c.messages[0] as Extract<ServerMessage, { type: "hello" }>;
      const raised = await raise(anna, lockdownIn5B());
      c.send({ type: "resume", after: hello.seq, epoch: hello.epoch });
      await c.waitFor((m) => m.type === "caught_up");
      await c.waitFor((m) => m.type === "event" && m.event.type === "incident.raised");
      const seqs = c.events().map((e) => e.seq);
      expect(seqs.filter((q) => q > hello.seq)).toEqual([...new Set(seqs)].sort((a, b) => a - b));
      expect(
        c.events().filter((e) => e.type === "incident.raised" && e.incidentId === raised.id),
      ).toHaveLength(1);
    });

    it("gives a reconnecting client exactly the events it missed, in order, then live ones", async () => {
      const coordinator = await resumed({ cookie: anna.cookie });
      const raised = await raise(anna, lockdownIn5B());
      await coordinator.waitFor((m) => m.type === "event" && m.event.type === "incident.raised");
      const seen = Math.max(...coordinator.events().map((e) => e.seq));
      await coordinator.close();

      // While away: three log entries and a severity change.
      for (const text of ["Dörrar låsta", "Polis larmad", "Korridor tom"])
        await anna.request("POST", `/api/v1/incidents/${raised.id}/log-entries`, { text });
      await anna.request("PATCH", `/api/v1/incidents/${raised.id}`, { severity: "critical" });
      const truth = (
        await anna.request("GET", `/api/v1/incidents/${raised.id}/timeline?after=${seen}`)
      ).json<{ items: { seq: number }[] }>().items;

      const back = await resumed({ cookie: anna.cookie }, seen);
      const replayed = back.events().filter((e) => e.incidentId === raised.id);
      expect(replayed.map((e) => e.seq)).toEqual(truth.map((e) => e.seq));
      // Anna is staff and sees every incident: whatever else happened meanwhile (an earlier
      // alarm's escalation timer) comes too, after what she had, in order, once.
      const all = back.events().map((e) => e.seq);
      expect(all).toEqual([...new Set(all)].sort((x, y) => x - y));
      expect(all.every((q) => q > seen)).toBe(true);
      await anna.request("POST", `/api/v1/incidents/${raised.id}/log-entries`, {
        text: "Live igen",
      });
      const live = await back.waitFor(
        (m) =>
          m.type === "event" &&
          m.event.type === "log.entry_added" &&
          m.event.data.text === "Live igen",
      );
      expect(live.type === "event" && live.event.seq).toBeGreaterThan(Math.max(...all));
    });

    it("tells a client with a stale epoch or an impossible position to resync in full", async () => {
      const c = await client({ cookie: anna.cookie });
      c.send({ type: "resume", after: 0, epoch: "an-old-epoch" });
      const resync = await c.waitFor((m) => m.type === "resync");
      expect(resync).toMatchObject({ reason: "epoch_changed" });
      const d = await client({ cookie: anna.cookie });
      d.send({ type: "resume", after: 10_000_000 });
      expect(await d.waitFor((m) => m.type === "resync")).toMatchObject({
        reason: "position_unknown",
      });
    });

    it("shows a member only the incidents they are in, and staff everything", async () => {
      const viewer = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
      const lena = await resumed({ cookie: viewer.cookie });
      const evasPhone = await resumed({ cookie: eva.cookie });
      const itOutage = await raise(anna, {
        scenarioId: catalog.scenario("it_outage").id,
        unitId: catalog.unit("Exempelkommun").id,
      });
      const staffView = await resumed({ cookie: anna.cookie }, 0);
      expect(staffView.events().some((e) => e.incidentId === itOutage.id)).toBe(true);
      await raise(anna, lockdownIn5B());
      await evasPhone.waitFor(
        (m) =>
          m.type === "event" &&
          m.event.type === "incident.raised" &&
          m.event.incidentId !== itOutage.id,
      );
      expect(evasPhone.events().some((e) => e.incidentId === itOutage.id)).toBe(false);
      expect(evasPhone.events().some((e) => e.type === "participants.activated")).toBe(false);
      expect(lena.events()).toEqual([]); // Lena is at the preschool: in neither incident
    });

    it("never shows another organisation's socket an event, live or replayed", async () => {
      const other = await createOtherOrganization(ctx().deps, "Grannkommun");
      const outsider = await signIn(ctx().app, other.email, other.password);
      const token = (
        await outsider.request("POST", "/api/v1/api-tokens", {
          name: "Skärm",
          accessRole: "coordinator",
        })
      ).json<CreatedApiToken>();
      const sockets = [
        await resumed({ cookie: outsider.cookie }, 0),
        await resumed({ token: token.token }, 0),
      ];
      const staff = await resumed({ cookie: anna.cookie });
      const raised = await raise(anna, lockdownIn5B());
      await staff.waitFor((m) => m.type === "event" && m.event.incidentId === raised.id);
      // The alarm has been fanned out (Anna has it). Whatever went to the other sockets then was
      // written before the answer to a resume sent now, on the same connection: once that
      // answer is in, nothing leaked can still be on its way.
      for (const s of sockets) {
        s.send({ type: "resume", after: 0 });
        await s.waitFor(() => s.messages.filter((m) => m.type === "caught_up").length === 2);
        expect(s.events()).toEqual([]);
      }
    });

    it("closes a socket soon after its session ends: sign-out or deactivation", async () => {
      const member = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
      const socket = await resumed({ cookie: member.cookie });
      await member.request("DELETE", "/api/v1/session");
      expect((await socket.closed).code).toBe(4001);

      const again = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
      const second = await resumed({ cookie: again.cookie });
      await anna.request("PATCH", `/api/v1/people/${again.session.personId}`, { active: false });
      expect((await second.closed).code).toBe(4001);
      await anna.request("PATCH", `/api/v1/people/${again.session.personId}`, { active: true });
    });

    it("follows a connected person who is moved to another place: its alarms reach them from then on", async () => {
      const lena = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
      const phone = await resumed({ cookie: lena.cookie });
      const lockdownAt = (unit: string) =>
        raise(anna, { scenarioId: catalog.scenario("lockdown").id, unitId: catalog.unit(unit).id });
      const move = (unit: string) =>
        anna.request("PATCH", `/api/v1/people/${lena.session.personId}`, {
          unitId: catalog.unit(unit).id,
        });
      const underway = await lockdownAt("Hus B");
      expect((await move("Hus B")).statusCode).toBe(200);
      try {
        // The incident already under way at her new place reaches her from the next credential
        // check on (every 100 ms here), which sends her nothing of its own: so news is posted
        // until some reaches her. What was posted before the check is never sent to her.
        await waitFor(
          async () => {
            await anna.request("POST", `/api/v1/incidents/${underway.id}/log-entries`, {
              text: "Polisen är på plats.",
            });
            return phone
              .events()
              .some((e) => e.type === "log.entry_added" && e.incidentId === underway.id);
          },
          { intervalMs: 50, what: "news of the incident at her new place to reach her" },
        );
        // ...and so does a new alarm there, while one at her old place does not.
        const old = await lockdownAt("Förskolan Solrosen");
        ctx().clock.advance(10 * 60_000); // past the window in which a repeat is the same alarm
        const next = await lockdownAt("Hus B");
        await phone.waitFor(
          (m) =>
            m.type === "event" &&
            m.event.type === "incident.raised" &&
            m.event.incidentId === next.id,
        );
        expect(phone.events().some((e) => e.incidentId === old.id)).toBe(false);
      } finally {
        await move("Förskolan Solrosen");
      }
    });

    it("closes a socket whose handshake completes after the realtime gateway has stopped", async () => {
      const runtime = await openRuntime(ctx().config, ctx().clock);
      const node = await buildApp(runtime, createLogger("silent"));
      try {
        await node.app.listen({ port: 0, host: "127.0.0.1" });
        const nodePort = (node.app.server.address() as AddressInfo).port;
        node.incidents.gateway.close(); // the server is stopping; HTTP has not closed yet
        const late = await connect(nodePort, { cookie: anna.cookie });
        expect((await late.closed).code).toBe(1006);
        expect(late.messages).toEqual([]); // no hello from a gateway that feeds nothing
      } finally {
        await node.close();
        await runtime.close();
      }
    });

    it("cuts a socket that stops answering pings, and keeps the ones that answer", async () => {
      const member = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
      const silent = await connect(port, { cookie: member.cookie }, { answerPings: false });
      const alive = await resumed({ cookie: member.cookie });
      const cut = await withTimeout(silent.closed, {
        timeoutMs: 3000,
        what: "the socket that does not answer pings to be cut",
      });
      expect(cut.code).toBe(1006); // terminated: no close handshake with a dead peer
      // A socket is pinged again only if it answered the last ping; otherwise it is cut. So a
      // ping after the cut, and after its first one, shows the answering socket outlived it.
      const pingsAtCut = alive.pings();
      await waitFor(() => alive.pings() > Math.max(pingsAtCut, 1), {
        what: "the answering socket to be pinged again",
      });
      alive.send({ type: "resume", after: 0 });
      await alive.waitFor(() => alive.messages.filter((m) => m.type === "caught_up").length === 2);
      await member.request("DELETE", "/api/v1/session");
    });

    it("refuses a cookie-authenticated socket from a foreign Origin, and an anonymous one", async () => {
      await expect(
        connect(port, { cookie: anna.cookie, origin: "https://evil.example" }),
      ).rejects.toThrow(/403/);
      await expect(connect(port, {})).rejects.toThrow(/401/);
      const plain = await ctx().app.inject({
        method: "GET",
        url: "/api/v1/stream",
        cookies: { beredd_session: anna.cookie },
      });
      expect(plain.statusCode).toBe(426);
    });

    it("refuses a handshake with problem+json: no credentials, a foreign or missing Origin, a bad token", async () => {
      const refusals: { headers: Record<string, string>; status: number; code: string }[] = [
        { headers: {}, status: 401, code: "unauthenticated" },
        { headers: { authorization: "Bearer not-a-token" }, status: 401, code: "unauthenticated" },
        { headers: { cookie: "beredd_session=forged" }, status: 401, code: "unauthenticated" },
        { headers: { cookie: `beredd_session=${anna.cookie}` }, status: 403, code: "forbidden" },
        {
          headers: { cookie: `beredd_session=${anna.cookie}`, origin: "https://evil.example" },
          status: 403,
          code: "forbidden",
        },
        {
          headers: { cookie: `beredd_session=${anna.cookie}`, origin: "null" },
          status: 403,
          code: "forbidden",
        },
      ];
      for (const { headers, status, code } of refusals) {
        const res = await handshake("/api/v1/stream?after=1", {
          ...headers,
          "x-request-id": "hs-1",
        });
        expect(res.status, JSON.stringify(headers)).toBe(status);
        expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
        expect(res.headers["x-request-id"]).toBe("hs-1");
        expect(JSON.parse(res.body)).toMatchObject({
          status,
          code,
          instance: "/api/v1/stream",
          requestId: "hs-1",
        });
      }
      const anonymous = await ctx().app.inject({ method: "GET", url: "/api/v1/stream" });
      expect(anonymous.statusCode).toBe(401);
    });

    it("opens a socket for our own origin, the request's host, or an API token from anywhere", async () => {
      const token = (
        await anna.request("POST", "/api/v1/api-tokens", { name: "Tavla", accessRole: "viewer" })
      ).json<CreatedApiToken>();
      const ownOrigin = new URL(ctx().config.publicUrl).origin;
      for (const auth of [
        { cookie: anna.cookie, origin: ownOrigin },
        { cookie: anna.cookie }, // Origin http://127.0.0.1:port, the Host it connects to
        { token: token.token, origin: "https://dashboard.example" },
      ]) {
        const c = await resumed(auth);
        expect(c.messages[0]?.type).toBe("hello");
        await c.close();
      }
    });

    it("leaves other requests with an Upgrade header to their routes, also on older Node", async () => {
      expect((await handshake("/readyz", {})).status).toBe(200);
      expect((await handshake("/api/v1/incidents", {})).status).toBe(401);
      // Before Node 24.9 the server cannot be told which upgrades are ours: every one arrives.
      const server = ctx().app.server as Server & {
        shouldUpgradeCallback?: (request: IncomingMessage) => boolean;
      };
      const ours = server.shouldUpgradeCallback;
      server.shouldUpgradeCallback = () => true;
      try {
        expect((await handshake("/readyz", {})).status).toBe(200);
        expect((await handshake("/api/v1/incidents", {})).status).toBe(401);
        const c = await resumed({ cookie: anna.cookie });
        await c.close();
      } finally {
        server.shouldUpgradeCallback = ours;
      }
    });

    /** A raw WebSocket handshake: the status, headers and body of the answer (none for 101). */
    const handshake = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
        (resolve, reject) => {
          const req = request({
            host: "127.0.0.1",
            port,
            path,
            headers: {
              connection: "Upgrade",
              upgrade: "websocket",
              "sec-websocket-version": "13",
              "sec-websocket-key": randomBytes(16).toString("base64"),
              ...headers,
            },
          });
          req.on("upgrade", (res, socket) => {
            socket.destroy();
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: "" });
          });
          req.on("response", (res) => {
            let body = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => (body += chunk));
            res.on("end", () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
            );
          });
          req.on("error", reject);
          req.end();
        },
      );
  },
  { REALTIME_REVALIDATE_MS: "100", REALTIME_PING_SECONDS: "0.5" },
);
