import type { Incident, Person, Problem } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_MEMBER, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, holds, raise, timeline } from "./incident-fixtures.js";

describeEachDialect("action cards, roll-call and the shared log", (ctx) => {
  let anna: Agent; // incident lead
  let eva: Agent; // staff (operativ personal)
  let incident: Incident;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    eva = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
    const catalog = await demoCatalog(anna);
    const raised = await raise(eva, {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("Exempelskolan").id,
    });
    incident = await getIncident(anna, raised.id);
  });
  const url = (path: string) => `/api/v1/incidents/${incident.id}/${path}`;

  it("lets a role holder tick their card's items, once per item and person, seen by everyone", async () => {
    const lead = incident.tasks.filter((t) => t.roleKey === "incident_lead");
    const item = lead[0];
    if (!item) throw new Error("the incident lead has no card");
    expect((await anna.request("PUT", url(`tasks/${item.id}/completion`))).statusCode).toBe(204);
    expect((await anna.request("PUT", url(`tasks/${item.id}/completion`))).statusCode).toBe(204);
    const seen = await getIncident(eva, incident.id);
    const ticked = seen.tasks.find((t) => t.id === item.id);
    expect(ticked?.done).toBe(true);
    expect(ticked?.completions).toHaveLength(1);
    expect(seen.progress.find((p) => p.roleKey === "incident_lead")).toMatchObject({
      done: 1,
      total: lead.length,
    });
    expect(
      (await timeline(eva, incident.id)).filter((e) => e.type === "task.completed"),
    ).toHaveLength(1);
  });

  it("refuses to let a person tick another role's card", async () => {
    const item = incident.tasks.find((t) => t.roleKey === "incident_lead");
    const res = await eva.request("PUT", url(`tasks/${item?.id}/completion`));
    expect(res.statusCode).toBe(403);
    expect(res.json<Problem>().code).toBe("forbidden");
  });

  it("counts an 'each' item done only when every holder of the role has ticked it", async () => {
    const each = incident.tasks.find((t) => t.roleKey === "staff" && t.mode === "each");
    if (!each) throw new Error("staff card has no 'each' item");
    await eva.request("PUT", url(`tasks/${each.id}/completion`));
    const staffCount = incident.participants.filter((p) => holds(p, "staff")).length;
    const after = (await getIncident(anna, incident.id)).tasks.find((t) => t.id === each.id);
    expect(after?.done).toBe(staffCount <= 1);
    expect(after?.completions).toHaveLength(1);
    await eva.request("DELETE", url(`tasks/${each.id}/completion`));
    expect(
      (await getIncident(anna, incident.id)).tasks.find((t) => t.id === each.id)?.completions,
    ).toHaveLength(0);
  });

  it("keeps live roll-call totals, with the latest word of each person and group", async () => {
    await eva.request("POST", url("roll-call-reports"), {
      kind: "person",
      status: "need_help",
      note: "Instängd",
    });
    await eva.request("POST", url("roll-call-reports"), { kind: "person", status: "safe" });
    await eva.request("POST", url("roll-call-reports"), {
      kind: "group",
      label: "5B",
      present: 24,
      expected: 25,
    });
    await anna.request("POST", url("roll-call-reports"), { kind: "person", status: "need_help" });
    const bad = await eva.request("POST", url("roll-call-reports"), {
      kind: "group",
      label: "5B",
      present: -1,
      expected: 25,
    });
    expect(bad.statusCode).toBe(400);
    const { rollCall, participants } = await getIncident(anna, incident.id);
    expect(rollCall).toMatchObject({ safe: 1, needHelp: 1 });
    expect(rollCall.groups).toEqual([
      expect.objectContaining({ label: "5B", present: 24, expected: 25, missing: 1 }),
    ]);
    // Not answered: everyone in the incident (its participants and the people at the place,
    // who have no participation until they respond) except the two who reported.
    const people = (await anna.request("GET", "/api/v1/people?limit=200")).json<{
      items: Person[];
    }>().items;
    const { audience } = await getIncident(anna, incident.id);
    const atPlace = people.filter((p) => p.active && audience?.unitIds.includes(p.unitId ?? ""));
    expect(atPlace.length).toBe(audience?.people);
    const everyone = new Set([...participants.map((p) => p.personId), ...atPlace.map((p) => p.id)]);
    expect(atPlace.some((p) => !participants.some((q) => q.personId === p.id))).toBe(true);
    expect(new Set(rollCall.notAnswered)).toEqual(
      new Set(
        [...everyone].filter((id) => id !== eva.session.personId && id !== anna.session.personId),
      ),
    );
    expect(rollCall.notAnswered).toHaveLength(everyone.size - 2);
  });

  it("keeps a shared log; the log keeper or the incident lead marks key entries", async () => {
    const added = await eva.request("POST", url("log-entries"), {
      text: "Polisen på plats 10:42",
      kind: "status",
    });
    expect(added.statusCode).toBe(201);
    const entryId = added.json<{ id: string }>().id;
    expect(
      (await eva.request("PATCH", url(`log-entries/${entryId}`), { key: true })).statusCode,
    ).toBe(403);
    expect(
      (await anna.request("PATCH", url(`log-entries/${entryId}`), { key: true })).statusCode,
    ).toBe(204);
    const log = (await getIncident(eva, incident.id)).log;
    expect(log).toEqual([
      expect.objectContaining({
        text: "Polisen på plats 10:42",
        kind: "status",
        key: true,
        authorName: "Eva Holm",
      }),
    ]);
    expect((await eva.request("POST", url("log-entries"), { text: "" })).statusCode).toBe(400);
  });
});
