import type { IncidentEvent, RaisedIncident, ServerMessage, Timeline } from "@beredd/contracts";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, DEMO_MEMBER } from "./fixtures.js";
import { createTestDatabase, type TestDatabase } from "./harness.js";
import { call, signInOver, type RemoteSession } from "./remote.js";
import { startServer, type ServerProcess } from "./server-process.js";
import { connect, type SocketClient } from "./socket-client.js";

type Hello = Extract<ServerMessage, { type: "hello" }>;

/** A phone connected to one node, live from its hello on. */
async function phone(node: ServerProcess, who: RemoteSession) {
  const socket = await connect(node.port, { cookie: who.cookie });
  const hello = (await socket.waitFor((m) => m.type === "hello")) as Hello;
  socket.send({ type: "resume", after: hello.seq, epoch: hello.epoch });
  await socket.waitFor((m) => m.type === "caught_up");
  return { socket, hello };
}

const seqsOf = (events: IncidentEvent[]) => events.map((e) => e.seq);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Two real server processes on one PostgreSQL database, as behind a load balancer: the same
 * DATABASE_URL and SESSION_SECRET, each with its own data folder.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)("several nodes on one PostgreSQL", () => {
  let db: TestDatabase;
  let url = "";
  let admin: pg.Client;
  let a: ServerProcess;
  let b: ServerProcess;
  let anna: RemoteSession;
  let eva: RemoteSession;
  const sockets: SocketClient[] = [];
  const scenario: Record<"quiet" | "quick", string> = { quiet: "", quick: "" };
  let unitId = "";

  const on = async (node: ServerProcess, who: RemoteSession) => {
    const p = await phone(node, who);
    sockets.push(p.socket);
    return p;
  };
  const raiseOn = async (node: ServerProcess, who: RemoteSession, scenarioId: string) => {
    const res = await call(node.url, who, "POST", "/api/v1/incidents", { scenarioId, unitId });
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as RaisedIncident).id;
  };
  const eventsOf = async (incidentId: string) => {
    const events: IncidentEvent[] = [];
    for (let after: number | null = 0; after !== null;) {
      const url = `/api/v1/incidents/${incidentId}/timeline?after=${after}&limit=500`;
      const page = (await (await call(a.url, anna, "GET", url)).json()) as Timeline;
      events.push(...page.items);
      after = page.nextAfter;
    }
    return events;
  };
  const listenConnections = async () =>
    (
      await admin.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = current_database() and application_name like 'beredd-listen %'",
      )
    ).rows;

  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    url = db.database.kind === "postgres" ? db.database.url : "";
    const env = {
      DATABASE_URL: url,
      SESSION_SECRET: "one-secret-shared-by-every-node-of-the-cluster",
      ESCALATION_POLL_MS: "100",
      LOGIN_RATE_LIMIT: "4",
      // One test flips an answer 80 times to watch its confirmations; the limit is not its subject.
      ANSWER_CHANGE_LIMIT: "1000",
    };
    // The first node seeds the demo organisation; the second joins the same database.
    a = await startServer({ ...env, DATA_DIR: path.join(db.dataDir, "a") });
    b = await startServer({ ...env, DATA_DIR: path.join(db.dataDir, "b"), SEED_DEMO: "false" });
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    anna = await signInOver(a.url, DEMO.email);
    eva = await signInOver(b.url, DEMO_MEMBER);

    const units = (
      (await (await call(a.url, anna, "GET", "/api/v1/units")).json()) as {
        items: { id: string; name: string }[];
      }
    ).items;
    unitId = units.find((u) => u.name === "A101 Klassrum 5B")?.id ?? "";
    const lockdown = (
      (await (await call(a.url, anna, "GET", "/api/v1/scenarios")).json()) as {
        items: { key: string; plan: Record<string, unknown> }[];
      }
    ).items.find((s) => s.key === "lockdown");
    for (const [key, escalation] of [
      ["quiet", []],
      ["quick", [{ type: "deputies_if_unacknowledged", roleKey: "first_aider", afterSeconds: 10 }]],
    ] as const) {
      const res = await call(a.url, anna, "POST", "/api/v1/scenarios", {
        key: `multinode_${key}`,
        name: { sv: `Flera noder (${key})`, en: `Several nodes (${key})` },
        description: { sv: "Test", en: "Test" },
        defaultSeverity: "high",
        plan: { ...lockdown?.plan, activatedRoleKeys: ["first_aider", "staff"], escalation },
      });
      expect(res.status, await res.clone().text()).toBe(201);
      scenario[key] = ((await res.json()) as { id: string }).id;
    }
  }, 60_000);

  afterAll(async () => {
    for (const s of sockets) await s.close();
    await Promise.all([a, b].map((n) => n?.stop()));
    await admin?.end();
    await db?.drop();
  });

  it("delivers a raise on node A to sockets on node B, in order", async () => {
    const [staffOnA, staffOnB, evaOnB] = [await on(a, anna), await on(b, anna), await on(b, eva)];
    const incidentId = await raiseOn(a, anna, scenario.quiet);
    const raised = (m: ServerMessage) =>
      m.type === "event" && m.event.type === "incident.raised" && m.event.incidentId === incidentId;
    await Promise.all([staffOnA, staffOnB, evaOnB].map((p) => p.socket.waitFor(raised)));

    const logged = await eventsOf(incidentId);
    const last = Math.max(...seqsOf(logged));
    // Staff see the whole log: on both nodes the same events, gapless, in sequence order.
    for (const p of [staffOnA, staffOnB])
      expect(seqsOf(p.socket.events())).toEqual(range(p.hello.seq + 1, last));
    expect(staffOnB.socket.events()).toEqual(staffOnA.socket.events());
    // A participant on node B sees her part of it, in the log's order.
    const evas = evaOnB.socket.events();
    expect(evas.map((e) => e.type)).toContain("incident.raised");
    expect(seqsOf(evas)).toEqual([...seqsOf(evas)].sort((x, y) => x - y));
    expect(evas.every((e) => e.incidentId === incidentId)).toBe(true);

    // Eva answers on node A (her phone's request went there): her device on node B is told that
    // the answer is recorded, from the log.
    const answered = await call(a.url, eva, "POST", `/api/v1/incidents/${incidentId}/answers`, {
      answer: "acknowledged",
    });
    expect(answered.status).toBe(200);
    expect(
      await evaOnB.socket.waitFor((m) => m.type === "recorded" && m.incidentId === incidentId),
    ).toMatchObject({ state: { status: "acknowledged" } });
  });

  it("holds the sign-in rate limit across both nodes together", async () => {
    const attempt = (node: ServerProcess) =>
      fetch(`${node.url}/api/v1/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "guessing@example.se", password: "not-the-password" }),
      });
    // LOGIN_RATE_LIMIT=4: four attempts in all, spread over the nodes, then both refuse.
    const statuses = [];
    for (const node of [a, b, a, b]) statuses.push((await attempt(node)).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    for (const node of [a, b]) {
      const refused = await attempt(node);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  });

  it("gets 1,000 events to every socket on both nodes exactly once, in order, while the notification connections are cut", async () => {
    const incidentId = await raiseOn(b, eva, scenario.quiet);
    const phones = [await on(a, anna), await on(b, anna), await on(a, eva), await on(b, eva)];
    expect(await listenConnections()).toHaveLength(2);

    const total = 1000;
    let done = 0;
    let cuts = 0;
    const cutAt = new Set([150, 400, 650, 850]);
    // Twenty writers, half on each node; at the marks, both nodes' LISTEN connections are killed.
    const writer = async (w: number) => {
      for (let i = w; i < total; i += 20) {
        const node = i % 2 === 0 ? a : b;
        const res = await call(
          node.url,
          anna,
          "POST",
          `/api/v1/incidents/${incidentId}/log-entries`,
          {
            text: `Lägesrapport ${i}`,
          },
        );
        expect(res.status).toBe(201);
        done += 1;
        if (cutAt.has(done)) {
          const killed = await admin.query<{ ok: boolean }>(
            "select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and application_name like 'beredd-listen %'",
          );
          cuts += killed.rows.filter((r) => r.ok).length;
        }
      }
    };
    await Promise.all(range(0, 19).map(writer));
    expect(cuts).toBeGreaterThanOrEqual(4);

    const logged = (await eventsOf(incidentId)).filter((e) => e.type === "log.entry_added");
    expect(logged).toHaveLength(total);
    const last = Math.max(...seqsOf(logged));
    const arrived = (m: ServerMessage) => m.type === "event" && m.event.seq === last;
    await Promise.all(phones.map((p) => p.socket.waitFor(arrived, 20_000)));
    for (const p of phones) {
      const received = p.socket.events().filter((e) => e.type === "log.entry_added");
      expect(seqsOf(received)).toEqual(seqsOf(logged));
      // Nothing twice, nothing out of order, across everything the socket got.
      const all = seqsOf(p.socket.events());
      expect(all).toEqual([...new Set(all)].sort((x, y) => x - y));
    }
    const staff = phones.slice(0, 2);
    for (const p of staff) expect(seqsOf(p.socket.events())).toEqual(range(p.hello.seq + 1, last));
    // Both nodes listen again, and said that they had lost the connection.
    await expect.poll(listenConnections, { timeout: 10_000 }).toHaveLength(2);
    for (const node of [a, b])
      expect(node.output()).toContain("lost the notification connection to PostgreSQL");
  }, 60_000);

  it("confirms each answer once to the socket it came over while the other node commits for the same organisation", async () => {
    // The quiet alarm at the classroom, raised by an earlier test or now (a repeat joins it).
    const raised = await call(a.url, anna, "POST", "/api/v1/incidents", {
      scenarioId: scenario.quiet,
      unitId,
    });
    expect([200, 201]).toContain(raised.status);
    const incidentId = ((await raised.json()) as RaisedIncident).id;
    const evaOnB = await on(b, eva);
    // Node A commits all the time, so node B keeps reading the log, its own commits included.
    let writing = true;
    const writer = async () => {
      for (let i = 0; writing; i++) {
        const res = await call(a.url, anna, "POST", `/api/v1/incidents/${incidentId}/log-entries`, {
          text: `Läge ${i}`,
        });
        expect(res.status).toBe(201);
      }
    };
    const writers = range(1, 6).map(writer);
    const answers = 80;
    for (let i = 0; i < answers; i++) {
      const ref = `answer-${i}`;
      evaOnB.socket.send({
        type: "answer",
        incidentId,
        answer: i % 2 === 0 ? "on_my_way" : "acknowledged",
        ref,
      });
      await evaOnB.socket.waitFor((m) => m.type === "recorded" && m.ref === ref);
    }
    writing = false;
    await Promise.all(writers);
    // A note read from the log would come without the ref, a second time to the same socket.
    const entries = (await eventsOf(incidentId)).filter((e) => e.type === "log.entry_added");
    await evaOnB.socket.waitFor(
      (m) => m.type === "event" && m.event.seq === Math.max(...seqsOf(entries)),
      10_000,
    );
    const recorded = evaOnB.socket.messages.filter((m) => m.type === "recorded");
    expect(recorded.map((m) => (m.type === "recorded" ? m.ref : null))).toEqual(
      range(0, answers - 1).map((i) => `answer-${i}`),
    );
  }, 60_000);

  it("fires an escalation step exactly once when the node in the middle of firing it is killed", async () => {
    const incidentId = await raiseOn(a, anna, scenario.quick);
    const org = await admin.query<{ organization_id: string }>(
      "select organization_id from incidents where id = $1",
      [incidentId],
    );
    const organizationId = org.rows[0]?.organization_id;
    // The test holds the organisation's sequence row, so whichever node claims the timer stops
    // inside its firing transaction, holding the claim, until the test lets go.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query("begin");
    await blocker.query("select 1 from org_streams where organization_id = $1 for update", [
      organizationId,
    ]);
    // The clock, moved through the rows: the 10 s step is due now.
    await admin.query("update escalation_timers set due_at = now() where incident_id = $1", [
      incidentId,
    ]);
    const firing = async () =>
      (
        await admin.query<{ application_name: string }>(
          "select application_name from pg_stat_activity where datname = current_database() and application_name like 'beredd-query %' and wait_event_type = 'Lock'",
        )
      ).rows.map((r) => r.application_name);
    await expect.poll(firing, { timeout: 10_000 }).toHaveLength(1);
    const [holderName] = await firing();
    const holder = [a, b].find((n) => holderName?.startsWith(`beredd-query ${n.child.pid}@`));
    const survivor = holder === a ? b : a;
    if (!holder) throw new Error(`no node holds ${holderName}`);
    const watcher = await on(survivor, await signInOver(survivor.url, DEMO.email));

    holder.child.kill("SIGKILL");
    expect(await holder.exited).toMatchObject({ signal: "SIGKILL" });
    await blocker.query("commit");
    await blocker.end();
    // The dead node's transaction rolls back; its claim runs out (30 s, moved through the rows).
    await admin.query(
      "update escalation_timers set claimed_until = now() - interval '1 second' where incident_id = $1 and status = 'claimed'",
      [incidentId],
    );
    await watcher.socket.waitFor(
      (m) =>
        m.type === "event" &&
        m.event.type === "incident.escalated" &&
        m.event.incidentId === incidentId,
      10_000,
    );
    const timers = await admin.query<{ status: string }>(
      "select status from escalation_timers where incident_id = $1",
      [incidentId],
    );
    expect(timers.rows.map((r) => r.status)).toEqual(["fired"]);
    const log = await admin.query<{ step: number }>(
      "select (body->'data'->>'stepIndex')::int as step from events where subject_type = 'incident' and subject_id = $1 and type = 'incident.escalated'",
      [incidentId],
    );
    expect(log.rows.map((r) => r.step)).toEqual([0]);
    const sara = await admin.query(
      "select 1 from participations pa join people p on p.id = pa.person_id where pa.incident_id = $1 and p.name = 'Sara Andersson'",
      [incidentId],
    );
    expect(sara.rowCount).toBe(1);
  }, 60_000);
});
