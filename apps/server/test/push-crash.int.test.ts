import type { RaisedIncident, ScenarioList, UnitList } from "@beredd/contracts";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO } from "./fixtures.js";
import { createTestDatabase, dialects, type TestDatabase } from "./harness.js";
import { PushPeer } from "./push-peer.js";
import { call, signInOver } from "./remote.js";
import { startServer, type ServerProcess } from "./server-process.js";
import { waitFor } from "./wait-for.js";

// A claim left by a dead node expires after 30 s on PostgreSQL (any node may still hold it).
const CLAIM_EXPIRY_WAIT_MS = 45_000;

for (const dialect of dialects) {
  describe(`a crash while an alarm's pushes are going out [${dialect}]`, () => {
    let db: TestDatabase;
    const peer = new PushPeer();
    const servers: ServerProcess[] = [];
    afterAll(async () => {
      for (const s of servers) await s.stop();
      await peer.stop();
      await db?.drop();
    });

    it("resends nothing it had not sent, and what it may have sent at most once, to the same Topic", async () => {
      db = await createTestDatabase(dialect);
      await peer.start();
      const env = {
        DATA_DIR: db.dataDir,
        DELIVERY_POLL_MS: "100",
        BEREDD_PUSH_HOSTS: peer.origin,
        ...(db.database.kind === "postgres" ? { DATABASE_URL: db.database.url } : {}),
      };
      const start = async (failpoint?: string, port?: number) => {
        const server = await startServer(
          failpoint ? { ...env, BEREDD_FAILPOINTS: failpoint } : env,
          port,
        );
        servers.push(server);
        return server;
      };

      // Dies after claiming the push, before sending it.
      const first = await start("push-before-send");
      const anna = await signInOver(first.url, DEMO.email);
      const johan = await signInOver(first.url, "johan.nilsson@exempelkommun.se");
      const key = await call(first.url, anna, "GET", "/api/v1/push/key");
      peer.vapidKey = ((await key.json()) as { publicKey: string }).publicKey;
      const device = await call(first.url, anna, "POST", "/api/v1/me/devices", {
        ...peer.subscribe("anna"),
        label: "iPhone",
        installed: true,
      });
      expect(device.status).toBe(200);
      const units = (
        (await (await call(first.url, anna, "GET", "/api/v1/units")).json()) as UnitList
      ).items;
      const scenarios = (
        (await (await call(first.url, anna, "GET", "/api/v1/scenarios")).json()) as ScenarioList
      ).items;
      const raised = await call(first.url, johan, "POST", "/api/v1/incidents", {
        scenarioId: scenarios.find((s) => s.key === "first_aid")?.id,
        unitId: units.find((u) => u.name === "A101 Klassrum 5B")?.id,
      });
      expect(raised.status).toBe(201);
      const incidentId = ((await raised.json()) as RaisedIncident).id;
      expect(await first.exited).toMatchObject({ signal: "SIGKILL" });
      expect(peer.received).toEqual([]);

      // Sends it (the key is the one kept from the first start), then dies before recording it.
      const second = await start("push-after-send", first.port);
      await waitFor(() => peer.received.length, {
        timeoutMs: CLAIM_EXPIRY_WAIT_MS,
        what: "the push",
      });
      expect(await second.exited).toMatchObject({ signal: "SIGKILL" });
      expect(peer.received).toHaveLength(1);

      // Cannot know whether the push service took it: sends it once more, as the same message.
      const third = await start(undefined, first.port);
      await waitFor(() => peer.received.length > 1, {
        timeoutMs: CLAIM_EXPIRY_WAIT_MS,
        what: "the resend",
      });
      const [one, two] = peer.received;
      expect(two?.topic).toBe(one?.topic);
      expect(two?.topic).toBe(incidentId.replaceAll("-", ""));
      expect(two?.payload.tag).toBe(one?.payload.tag);

      // A test alarm is sent after anything queued before it: once it is in, nothing more came.
      const test = await call(third.url, anna, "POST", "/api/v1/me/test-alarms");
      expect(test.status).toBe(201);
      await waitFor(() => peer.received.some((p) => p.payload.kind === "test"));
      expect(peer.received.filter((p) => p.payload.incidentId === incidentId)).toHaveLength(2);
      expect(peer.faults).toEqual([]);
    }, 180_000);
  });
}
