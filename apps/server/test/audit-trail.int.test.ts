import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_MEMBER, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, raise, timeline } from "./incident-fixtures.js";

/** Every command leaves an audit entry in its own transaction, linked to the events it wrote. */
describeEachDialect("the audit trail of an incident", (ctx) => {
  let anna: Agent;
  let eva: Agent;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    eva = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
  });

  const trailOf = async (incidentId: string) =>
    (
      await ctx()
        .deps.db.selectFrom("audit_events")
        .select(["action", "actor_type", "actor_id", "data"])
        .where("subject_type", "=", "incident")
        .where("subject_id", "=", incidentId)
        .orderBy("seq")
        .execute()
    ).map((r) => ({ ...r, data: JSON.parse(r.data) as { events: number[] } }));

  it("records who did what for every command, answers and timers included", async () => {
    const catalog = await demoCatalog(anna);
    const raised = await raise(eva, {
      scenarioId: catalog.scenario("first_aid").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
    });
    const url = `/api/v1/incidents/${raised.id}`;
    expect(
      (await anna.request("POST", `${url}/answers`, { answer: "acknowledged" })).statusCode,
    ).toBe(200);
    const item = (await getIncident(anna, raised.id)).tasks.find(
      (t) => t.roleKey === "incident_lead",
    );
    // Ticking twice changes nothing the second time, and leaves no second entry.
    await anna.request("PUT", `${url}/tasks/${item?.id}/completion`);
    await anna.request("PUT", `${url}/tasks/${item?.id}/completion`);
    await anna.request("POST", `${url}/log-entries`, { text: "Ambulansen är på väg" });
    ctx().clock.advance(46_000); // the first aider's deputies are due
    await ctx().product.incidents.escalation.kick();
    expect((await anna.request("POST", `${url}/resolution`)).statusCode).toBeLessThan(300);

    const trail = await trailOf(raised.id);
    expect(trail.map((t) => t.action)).toEqual([
      "incident.raise",
      "participants.respond",
      "task.complete",
      "log.add_entry",
      "escalation.run_step",
      "incident.resolve",
    ]);
    const evaId = eva.session.personId;
    const annaId = anna.session.personId;
    expect(trail.map((t) => [t.actor_type, t.actor_id])).toEqual([
      ["person", evaId],
      ["person", annaId],
      ["person", annaId],
      ["person", annaId],
      ["system", null],
      ["person", annaId],
    ]);
    // Each entry names the events its command wrote, and together they are the whole log.
    const seqs = (await timeline(anna, raised.id)).map((e) => e.seq);
    expect(trail.flatMap((t) => t.data.events)).toEqual(seqs);
    expect(trail.every((t) => t.data.events.length > 0)).toBe(true);
  });
});
