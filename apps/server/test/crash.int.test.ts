import type { Incident, RaisedIncident, ServerMessage } from "@beredd/contracts";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, dialects, type TestDatabase } from "./harness.js";
import { DEMO, DEMO_MEMBER } from "./fixtures.js";
import { call, signInOver } from "./remote.js";
import { startServer, type ServerProcess } from "./server-process.js";
import { connect, type SocketClient } from "./socket-client.js";

for (const dialect of dialects) {
  describe(`a crash between commit and fan-out [${dialect}]`, () => {
    let db: TestDatabase;
    const servers: ServerProcess[] = [];
    const sockets: SocketClient[] = [];
    afterAll(async () => {
      for (const s of sockets) await s.close();
      for (const s of servers) await s.stop();
      await db?.drop();
    });

    it("loses nothing: after SIGKILL and restart every recipient gets the alarm exactly once, and timers resume", async () => {
      db = await createTestDatabase(dialect);
      const env = {
        DATA_DIR: db.dataDir,
        ESCALATION_POLL_MS: "200",
        ...(db.database.kind === "postgres" ? { DATABASE_URL: db.database.url } : {}),
      };
      const first = await startServer({ ...env, BEREDD_FAILPOINTS: "after-commit" });
      servers.push(first);
      const anna = await signInOver(first.url, DEMO.email);
      const eva = await signInOver(first.url, DEMO_MEMBER);

      // A scenario whose first-aider step is due 10 s after the raise, to see the timer survive.
      const units = (
        (await (await call(first.url, anna, "GET", "/api/v1/units")).json()) as {
          items: { id: string; name: string }[];
        }
      ).items;
      const scenarios = (
        (await (await call(first.url, anna, "GET", "/api/v1/scenarios")).json()) as {
          items: { id: string; key: string; plan: Record<string, unknown> }[];
        }
      ).items;
      const lockdown = scenarios.find((s) => s.key === "lockdown");
      const quick = await call(first.url, anna, "POST", "/api/v1/scenarios", {
        key: "crash_drill",
        name: { sv: "Inrymning (snabb)", en: "Lockdown (quick)" },
        description: { sv: "Test", en: "Test" },
        defaultSeverity: "high",
        plan: {
          ...lockdown?.plan,
          activatedRoleKeys: ["first_aider", "staff"],
          escalation: [
            { type: "deputies_if_unacknowledged", roleKey: "first_aider", afterSeconds: 10 },
          ],
        },
      });
      expect(quick.status, await quick.clone().text()).toBe(201);
      const scenarioId = ((await quick.json()) as { id: string }).id;

      const phones = [];
      for (const who of [anna, eva]) {
        const socket = await connect(first.port, { cookie: who.cookie });
        sockets.push(socket);
        const hello = (await socket.waitFor((m) => m.type === "hello")) as Extract<
          ServerMessage,
          { type: "hello" }
        >;
        socket.send({ type: "resume", after: hello.seq, epoch: hello.epoch });
        await socket.waitFor((m) => m.type === "caught_up");
        phones.push({ who, hello });
      }

      const body = { scenarioId, unitId: units.find((u) => u.name === "A101 Klassrum 5B")?.id };
      const key = { "idempotency-key": "eva-phone-crash-0001" };
      await expect(call(first.url, eva, "POST", "/api/v1/incidents", body, key)).rejects.toThrow();
      expect(await first.exited).toMatchObject({ signal: "SIGKILL" });
      // Nothing was published before the crash.
      for (const s of sockets) expect(s.events()).toEqual([]);

      const second = await startServer(env, first.port);
      servers.push(second);
      const received: SocketClient[] = [];
      for (const { who, hello } of phones) {
        const socket = await connect(second.port, { cookie: who.cookie });
        sockets.push(socket);
        socket.send({ type: "resume", after: hello.seq, epoch: hello.epoch });
        await socket.waitFor((m) => m.type === "caught_up");
        received.push(socket);
      }
      // The phone retries the raise it never got an answer to: the committed alarm, not a second one.
      const retry = await call(second.url, eva, "POST", "/api/v1/incidents", body, key);
      expect(retry.status).toBe(200);
      const incidentId = ((await retry.json()) as RaisedIncident).id;
      const list = (
        (await (await call(second.url, anna, "GET", "/api/v1/incidents")).json()) as {
          items: { id: string }[];
        }
      ).items;
      expect(list.map((i) => i.id)).toEqual([incidentId]);

      // News posted now is a later event for everyone in the incident; events arrive in sequence
      // order, so once it is in, a second copy of the alarm would have been in before it.
      const news = await call(
        second.url,
        anna,
        "POST",
        `/api/v1/incidents/${incidentId}/log-entries`,
        { text: "Alla är inne." },
      );
      expect(news.status).toBe(201);
      for (const socket of received)
        await socket.waitFor(
          (m) =>
            m.type === "event" &&
            m.event.type === "log.entry_added" &&
            m.event.incidentId === incidentId,
        );
      for (const socket of received) {
        const raised = socket.events().filter((e) => e.type === "incident.raised");
        expect(raised).toHaveLength(1);
        expect(raised[0]?.incidentId).toBe(incidentId);
        const seqs = socket.events().map((e) => e.seq);
        expect(new Set(seqs).size).toBe(seqs.length);
      }

      const incident = (await (
        await call(second.url, anna, "GET", `/api/v1/incidents/${incidentId}`)
      ).json()) as Incident;
      expect(incident.participants.map((p) => p.name).sort()).toEqual([
        "Eva Holm",
        "Johan Nilsson",
        "Oskar Lund",
      ]);
      // Eva raised it and knows; the others have not answered yet.
      expect(incident.participants.map((p) => [p.name, p.status]).sort()).toEqual([
        ["Eva Holm", "acknowledged"],
        ["Johan Nilsson", "notified"],
        ["Oskar Lund", "notified"],
      ]);

      // The 10 s escalation timer, created before the crash, fires after the restart: Sara is
      // the first aiders' deputy. Anna, on the staff, sees the activation on her phone.
      expect(incident.participants.map((p) => p.name)).not.toContain("Sara Andersson");
      const escalated = await received[0]?.waitFor(
        (m) =>
          m.type === "event" &&
          m.event.type === "participants.activated" &&
          m.event.incidentId === incidentId &&
          m.event.data.reason === "escalation",
        20_000,
      );
      expect(escalated).toMatchObject({
        event: { data: { participants: [expect.objectContaining({ name: "Sara Andersson" })] } },
      });
      const after = (await (
        await call(second.url, anna, "GET", `/api/v1/incidents/${incidentId}`)
      ).json()) as Incident;
      expect(after.participants.filter((p) => p.name === "Sara Andersson")).toHaveLength(1);
    }, 60_000);
  });
}
