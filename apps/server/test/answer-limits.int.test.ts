import type { IncidentEvent, Problem, ServerMessage } from "@beredd/contracts";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_MEMBER, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, raise, timeline } from "./incident-fixtures.js";
import { connect, type SocketClient } from "./socket-client.js";

/** The documented limit (docs/api.md): 10 changes of an answer in a minute from the first. */
const ANSWER_CHANGES = { max: 10, windowMs: 60_000 };

/** How many of the incident's recorded responses are Eva's answers. */
const answersOf = (events: IncidentEvent[], personId: string) =>
  events.flatMap((e) =>
    e.type === "participants.responded"
      ? e.data.responses.filter((r) => r.personId === personId && r.response !== "received")
      : [],
  ).length;

describeEachDialect("limits on changing an answer", (ctx) => {
  let anna: Agent;
  let eva: Agent;
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  let phone: SocketClient | undefined;
  const lockdown = () =>
    raise(anna, {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    });
  const evaIn = async (id: string) =>
    (await getIncident(anna, id)).participants.find((p) => p.name === "Eva Holm");

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    eva = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
    catalog = await demoCatalog(anna);
  });
  // Past the repeat-tap window, so each test raises an incident of its own.
  beforeEach(() => ctx().clock.advance(10 * 60_000));
  afterAll(async () => {
    await phone?.close();
  });

  it("takes the first answer and a few changes over HTTP, refuses more with 429 until the window is over", async () => {
    const raised = await lockdown();
    const answer = (value: string) =>
      eva.request("POST", `/api/v1/incidents/${raised.id}/answers`, { answer: value });
    expect((await answer("acknowledged")).statusCode).toBe(200);
    const flips = ["on_my_way", "cannot"];
    for (let i = 0; i < ANSWER_CHANGES.max; i += 1)
      expect((await answer(flips[i % 2] ?? "")).statusCode).toBe(200);
    const last = flips[(ANSWER_CHANGES.max - 1) % 2];
    const next = flips[ANSWER_CHANGES.max % 2] ?? "";

    ctx().clock.advance(15_000);
    const refused = await answer(next);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(refused.json<Problem>().code).toBe("rate_limited");
    // The window started at the first change, 15 s ago.
    expect(refused.headers["retry-after"]).toBe(String(ANSWER_CHANGES.windowMs / 1000 - 15));
    // The answer given last stands; repeating it is no change and is answered as ever.
    expect((await evaIn(raised.id))?.status).toBe(last);
    expect((await answer(last ?? "")).statusCode).toBe(200);
    const personId = eva.session.personId;
    expect(answersOf(await timeline(anna, raised.id), personId)).toBe(1 + ANSWER_CHANGES.max);

    // Once the window is over, a change is taken again.
    ctx().clock.advance(ANSWER_CHANGES.windowMs);
    const taken = await answer(next);
    expect(taken.statusCode).toBe(200);
    expect((await evaIn(raised.id))?.status).toBe(next);
    expect(answersOf(await timeline(anna, raised.id), personId)).toBe(2 + ANSWER_CHANGES.max);
  });

  it("refuses a flood of changes over the socket: a few events in the log, the latest taken state stands", async () => {
    await ctx().app.listen({ port: 0, host: "127.0.0.1" });
    const port = (ctx().app.server.address() as AddressInfo).port;
    phone = await connect(port, { cookie: eva.cookie });
    await phone.waitFor((m) => m.type === "hello");
    const raised = await lockdown();
    const flips = ["acknowledged", "on_my_way"] as const;
    const sent = 1000;
    for (let i = 0; i < sent; i += 1)
      phone.send({ type: "answer", incidentId: raised.id, answer: flips[i % 2], ref: `t${i}` });
    const replies = () =>
      (phone?.messages ?? []).filter(
        (m): m is Extract<ServerMessage, { type: "recorded" | "error" }> =>
          (m.type === "recorded" || m.type === "error") && m.ref?.startsWith("t") === true,
      );
    await phone.waitFor(() => replies().length === sent, 30_000);
    const errors = replies().filter((m) => m.type === "error");
    // The first answer and the changes the window allows are taken; every other change is refused.
    const changes = ANSWER_CHANGES.max;
    const standing = flips[changes % 2];
    const refusable = Array.from({ length: sent }, (_, i) => i).filter(
      (i) => i > changes && flips[i % 2] !== standing,
    );
    expect(errors.map((e) => e.ref)).toEqual(refusable.map((i) => `t${i}`));
    for (const e of errors) {
      expect(e).toMatchObject({ code: "rate_limited" });
      expect(e.retryAfter).toBeGreaterThan(0);
    }
    const personId = eva.session.personId;
    expect(answersOf(await timeline(anna, raised.id), personId)).toBe(1 + changes);
    expect((await evaIn(raised.id))?.status).toBe(standing);
  });
});
