import {
  allRoutes,
  pathOf,
  type IncidentEvent,
  type Problem,
  type Timeline,
} from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { z } from "zod";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";
import { demoCatalog, raise } from "./incident-fixtures.js";

/** The routes of the table whose query takes a `limit`: every one of them must honour it. */
const limitedRoutes = allRoutes().filter(
  ({ route }) =>
    route.method === "GET" &&
    route.querystring instanceof z.ZodObject &&
    "limit" in route.querystring.shape,
);

describeEachDialect("list limits and the timeline's pages", (ctx) => {
  let anna: Agent;
  let incidentId: string;

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    const catalog = await demoCatalog(anna);
    const place = { unitId: catalog.unit("A101 Klassrum 5B").id };
    incidentId = (await raise(anna, { ...place, scenarioId: catalog.scenario("lockdown").id })).id;
    await raise(anna, { ...place, scenarioId: catalog.scenario("first_aid").id });
    for (let i = 0; i < 240; i += 1)
      await anna.request("POST", `/api/v1/incidents/${incidentId}/log-entries`, {
        text: `Lägesrapport ${i + 1}`,
      });
  });

  it("covers the list routes of the table", () => {
    expect(limitedRoutes.map((r) => r.key).sort()).toEqual([
      "incidents.list",
      "incidents.timeline",
      "people.list",
      "units.list",
    ]);
  });

  for (const { key, route } of limitedRoutes)
    it(`${key} answers at most \`limit\` items`, async () => {
      const url = pathOf(route, { id: incidentId });
      const all = (await anna.request("GET", `${url}?limit=500`)).json<{ items: unknown[] }>();
      // Without more than one item there would be nothing to hold back.
      expect(all.items.length).toBeGreaterThan(1);
      const page = await anna.request("GET", `${url}?limit=1`);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json<{ items: unknown[] }>().items).toHaveLength(1);
      const over = await anna.request("GET", `${url}?limit=501`);
      expect(over.statusCode).toBe(400);
      expect(over.json<Problem>().errors?.[0]?.path).toBe("querystring/limit");
    });

  it("pages the timeline: each page says where the next starts, the last says none", async () => {
    const url = `/api/v1/incidents/${incidentId}/timeline`;
    const first = (await anna.request("GET", url)).json<Timeline>();
    // The default page is 100 events, of more than 240.
    expect(first.items).toHaveLength(100);
    expect(first.nextAfter).toBe(first.items.at(-1)?.seq);
    const seen: IncidentEvent[] = [...first.items];
    let page = first;
    while (page.nextAfter !== null) {
      page = (await anna.request("GET", `${url}?after=${page.nextAfter}&limit=100`)).json();
      expect(page.items.length).toBeGreaterThan(0);
      seen.push(...page.items);
    }
    const seqs = seen.map((e) => e.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seen.filter((e) => e.type === "log.entry_added")).toHaveLength(240);
    expect(page.lastSeq).toBe(seqs.at(-1));
    // A page after the last event is empty, and says so.
    const past = (await anna.request("GET", `${url}?after=${page.lastSeq}`)).json<Timeline>();
    expect(past).toEqual({ items: [], lastSeq: page.lastSeq, nextAfter: null });
  });
});
