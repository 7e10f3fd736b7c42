import {
  Problem,
  type CreatedApiToken,
  type CreatedInvitation,
  type Incident,
  type PersonList,
  type ScenarioList,
  type UnitList,
} from "@beredd/contracts";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import type { Deps } from "../src/deps.js";
import { newId } from "../src/platform/ids.js";
import {
  badRequests,
  openObjects,
  seededRandom,
  unknownFieldRequests,
  type IdFor,
  type Operation,
} from "./bad-requests.js";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { waitFor } from "./wait-for.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";

/**
 * Walks the server's route table and sends each route bad requests derived from its schemas
 * (bad-requests.ts). Every answer must be a 4xx RFC 9457 problem that the contracts' Problem
 * schema accepts, naming the field at fault for validation failures, and no bad request may
 * change anything: the whole database reads the same after each route's requests as before.
 */
// Fixed, so CI sends the same requests on every run; change it locally to explore other choices.
const SEED = 20_260_402;
// The push service in this test: nothing listens there (and no alarm here reaches a device).
const PUSH_HOST = "http://127.0.0.1:9";

/** Every row of every table, in a stable order. */
async function snapshot(db: Deps["db"]): Promise<string> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const dumps = await Promise.all(
    tables.map(async (name) => {
      const { rows } = await sql`select * from ${sql.table(name)}`.execute(db);
      return [name, rows.map((r) => JSON.stringify(r)).sort()] as const;
    }),
  );
  return JSON.stringify(dumps);
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

describeEachDialect(
  "bad requests",
  (ctx) => {
    let admin: Agent;
    let idFor: IdFor;

    beforeAll(async () => {
      const { app, deps } = ctx();
      await seedDemoOrganization(deps);
      admin = await signIn(app, DEMO.email, DEMO.password);
      const read = async <T>(url: string) => (await admin.request("GET", url)).json<T>();
      const units = (await read<UnitList>("/api/v1/units")).items;
      const people = (await read<PersonList>("/api/v1/people")).items;
      const scenarios = (await read<ScenarioList>("/api/v1/scenarios")).items;
      const roles = (await read<{ items: { id: string }[] }>("/api/v1/incident-roles")).items;
      const raised = await admin.request("POST", "/api/v1/incidents", {
        scenarioId: scenarios.find((s) => s.key === "lockdown")?.id,
        unitId: units.find((u) => u.name === "Exempelskolan")?.id,
      });
      const incident = await read<Incident>(
        `/api/v1/incidents/${raised.json<{ id: string }>().id}`,
      );
      const entry = await admin.request("POST", `/api/v1/incidents/${incident.id}/log-entries`, {
        text: "Dörrarna låsta",
      });
      const token = await admin.request("POST", "/api/v1/api-tokens", { name: "Larmcentral" });
      const device = await admin.request("POST", "/api/v1/me/devices", {
        endpoint: `${PUSH_HOST}/push/bad-requests`,
        keys: { p256dh: "B".repeat(87), auth: "A".repeat(22) },
        label: "Dator",
        installed: false,
      });
      const invited = people.find((p) => p.email && p.id !== admin.session.personId);
      const invitation = await admin.request("POST", `/api/v1/people/${invited?.id}/invitation`);
      const ids: Record<string, string | undefined> = {
        units: units[0]?.id,
        unitId: units[0]?.id,
        parentId: units[0]?.id,
        people: people[0]?.id,
        personId: people[0]?.id,
        deputies: people[1]?.id,
        scenarios: scenarios[0]?.id,
        scenarioId: scenarios[0]?.id,
        "incident-roles": roles[0]?.id,
        fallbackRoleId: roles[0]?.id,
        "api-tokens": token.json<CreatedApiToken>().id,
        incidents: incident.id,
        taskId: incident.tasks[0]?.id,
        entryId: entry.json<{ id: string }>().id,
        devices: device.json<{ id: string }>().id,
        token: invitation.json<CreatedInvitation>().link.split("/").pop(),
        // Only the id itself is ever wrong in a request for a test alarm (none is sent here).
        "test-alarms": newId(),
      };
      // The delivery queue has read the commits above (its cursor moves on its own schedule)
      // before the walk compares rows.
      await waitFor(async () => {
        await ctx().product.deliveries.queue.kick();
        const [head, cursor] = await Promise.all([
          deps.db.selectFrom("org_streams").select("last_seq").executeTakeFirst(),
          deps.db.selectFrom("delivery_cursors").select("last_seq").executeTakeFirst(),
        ]);
        return head !== undefined && Number(cursor?.last_seq) === Number(head.last_seq);
      });
      idFor = (name) => {
        const id = ids[name];
        if (!id) throw new Error(`no fixture id for "${name}"`);
        return id;
      };
    });

    const operationOf = (r: ReturnType<typeof ctx>["app"]["routeTable"][number]) => {
      const paths = (ctx().app.swagger() as { paths: Record<string, Record<string, Operation>> })
        .paths;
      return paths[r.url.replace(/:(\w+)/g, "{$1}")]?.[r.method.toLowerCase()];
    };

    it("answers every schema-derived bad request with a problem naming the field, and changes nothing", async () => {
      const { app, deps } = ctx();
      const random = seededRandom(SEED);
      const faults: string[] = [];
      const covered = new Set<string>();
      let sent = 0;
      let before = await snapshot(deps.db);
      for (const route of app.routeTable) {
        const operation = operationOf(route);
        if (!operation) continue;
        for (const bad of badRequests(random, route.method, route.url, operation, idFor)) {
          const response = await admin.request(
            bad.method as "GET",
            bad.url,
            bad.payload,
            bad.headers,
          );
          sent += 1;
          covered.add(`${route.method} ${route.url}`);
          const problem = Problem.safeParse(parsed(response.body));
          const named = !bad.path || problem.data?.errors?.some((e) => e.path === bad.path);
          if (
            response.statusCode !== bad.status ||
            !String(response.headers["content-type"]).startsWith("application/problem+json") ||
            problem.data?.status !== bad.status ||
            problem.data.code !== bad.code ||
            !named
          )
            faults.push(
              `${bad.kind}: ${bad.method} ${bad.url.slice(0, 120)} ${bad.payload?.slice(0, 120) ?? ""}` +
                ` wanted ${bad.status} ${bad.code} ${bad.path ?? ""}, got ${response.statusCode}` +
                ` ${response.headers["content-type"]} ${response.body.slice(0, 300)}`,
            );
        }
        const after = await snapshot(deps.db);
        if (after !== before) faults.push(`${route.method} ${route.url} changed the database`);
        before = after;
      }
      expect(faults).toEqual([]);
      // Every API route that takes input got bad requests; the rest have nothing to get wrong.
      const takesInput = app.routeTable.filter((r) => {
        const operation = operationOf(r);
        return operation && (r.method !== "GET" || (operation.parameters ?? []).length > 0);
      });
      expect(takesInput.map((r) => `${r.method} ${r.url}`).filter((r) => !covered.has(r))).toEqual(
        [],
      );
      expect(takesInput.length).toBeGreaterThan(30);
      expect(sent).toBeGreaterThan(250);
    });

    it("refuses a field it does not know in every body, at every level, naming it", async () => {
      const { app } = ctx();
      const faults: string[] = [];
      const bodies = app.routeTable.filter((r) => operationOf(r)?.requestBody);
      for (const route of bodies) {
        const operation = operationOf(route) ?? {};
        const schema = operation.requestBody?.content["application/json"]?.schema ?? {};
        for (const path of openObjects(schema))
          faults.push(`${route.method} ${route.url}: ${path} takes unknown fields`);
        for (const bad of unknownFieldRequests(route.method, route.url, operation, idFor)) {
          const response = await admin.request(
            bad.method as "POST",
            bad.url,
            bad.payload,
            bad.headers,
          );
          const problem = Problem.safeParse(parsed(response.body));
          if (
            response.statusCode !== 400 ||
            !problem.data?.errors?.some((e) => e.path === bad.path && e.message === "Unknown field")
          )
            faults.push(
              `${route.method} ${route.url} ${bad.payload ?? ""}: wanted 400 naming ${bad.path ?? ""},` +
                ` got ${response.statusCode} ${response.body.slice(0, 300)}`,
            );
        }
      }
      expect(faults).toEqual([]);
      expect(bodies.length).toBeGreaterThan(15);
    });
  },
  { BEREDD_PUSH_HOSTS: PUSH_HOST },
);
