import type { Person, Problem } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, getIncident, raise } from "./incident-fixtures.js";

/** Names and texts that could pass for something else in an alarm, and what the API says. */
const spoofs: [string, string, string][] = [
  ["a right-to-left override", "Anna \u202Egpj.exe", "bidi_override"],
  ["a zero-width space", "Anna\u200B Lindqvist", "invisible_character"],
  ["a NUL", "Anna\u0000Lindqvist", "control_character"],
  ["a line break in a name", "Anna\nLindqvist", "control_character"],
  ["a lone surrogate", "Anna \uD800", "broken_character"],
  ["only invisible characters", "\u200C\u200D", "blank"],
];

describeEachDialect("text people see is what was typed", (ctx) => {
  let anna: Agent;
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    catalog = await demoCatalog(anna);
  });

  it.each(spoofs)(
    "refuses a person's name with %s, naming the field, and adds no one",
    async (_what, name, code) => {
      const before = (await anna.request("GET", "/api/v1/people")).json<{ total: number }>().total;
      const res = await anna.request("POST", "/api/v1/people", { name });
      expect(res.statusCode).toBe(400);
      const problem = res.json<Problem>();
      expect(problem.errors).toEqual([expect.objectContaining({ path: "body/name", code })]);
      expect((await anna.request("GET", "/api/v1/people")).json<{ total: number }>().total).toBe(
        before,
      );
    },
  );

  it("stores a name in one form however it was typed (NFC), joiners in Persian names kept", async () => {
    const decomposed = await anna.request("POST", "/api/v1/people", { name: " A\u030Asa Öberg " });
    expect(decomposed.json<Person>().name).toBe("\u00C5sa Öberg");
    const persian = await anna.request("POST", "/api/v1/people", { name: "می\u200Cخواهم" });
    expect(persian.statusCode).toBe(201);
  });

  it("refuses spoofing in the log, a recall reason and a scenario's text; keeps line breaks in notes", async () => {
    const incident = await raise(anna, {
      scenarioId: catalog.scenario("lockdown").id,
      unitId: catalog.unit("A101 Klassrum 5B").id,
      note: "Rad ett\nRad två",
    });
    const url = `/api/v1/incidents/${incident.id}`;
    expect((await getIncident(anna, incident.id)).note).toBe("Rad ett\nRad två");
    const log = await anna.request("POST", `${url}/log-entries`, { text: "Polisen\u202E är här" });
    expect(log.json<Problem>().errors?.[0]?.path).toBe("body/text");
    const recall = await anna.request("POST", `${url}/recall`, { reason: "\u2060" });
    expect(recall.json<Problem>().errors?.[0]?.path).toBe("body/reason");
    expect((await getIncident(anna, incident.id)).recalled).toBe(false);

    const scenario = catalog.scenario("fire");
    const edit = await anna.request("PATCH", `/api/v1/scenarios/${scenario.id}`, {
      name: { sv: "Brand\u200B", en: "Fire" },
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json<Problem>().errors?.[0]?.path).toBe("body/name/sv");
  });
});
