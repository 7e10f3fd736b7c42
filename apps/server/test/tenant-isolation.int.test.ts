import type {
  ApiToken,
  CreatedApiToken,
  Incident,
  PersonList,
  ScenarioList,
  UnitList,
} from "@beredd/contracts";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { signIn, withToken, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { createOtherOrganization, DEMO, seedDemoOrganization } from "./fixtures.js";

/**
 * Every route, called by an administrator of another organisation (and by that organisation's API
 * token) against the demo organisation's objects, answers 404 or shows only the caller's own
 * data. The matrix must name every route: a new route without an entry fails this test, so
 * nobody can add a route and forget tenant isolation (ASVS 8.4.1, OWASP API1).
 */
type Probe = (call: Caller, ids: ForeignIds) => Promise<Expectation>;
type Caller = (method: string, url: string, body?: unknown) => Promise<LightMyRequestResponse>;
interface ForeignIds {
  unit: string;
  person: string;
  token: string;
  incident: string;
  task: string;
  logEntry: string;
  role: string;
  scenario: string;
  device: string;
  testAlarm: string;
  texts: string[];
}
type Expectation = {
  response: LightMyRequestResponse;
  expect: "not_found" | "own_data_only" | "field_not_found" | "no_foreign_data";
};

// The push service in this test: nothing listens there, so a push is refused at once.
const PUSH_HOST = "http://127.0.0.1:9";
const subscription = (name: string) => ({
  endpoint: `${PUSH_HOST}/push/${name}`,
  keys: { p256dh: "B".repeat(87), auth: "A".repeat(22) },
  label: "Dator",
  installed: false,
});

const matrix: Record<string, Probe> = {
  "GET /healthz": async (call) => ({
    response: await call("GET", "/healthz"),
    expect: "no_foreign_data",
  }),
  "GET /readyz": async (call) => ({
    response: await call("GET", "/readyz"),
    expect: "no_foreign_data",
  }),
  "POST /api/v1/session": async (call) => ({
    response: await call("POST", "/api/v1/session", {
      email: DEMO.email,
      password: "wrong-password!",
    }),
    expect: "no_foreign_data",
  }),
  "GET /api/v1/session": async (call) => ({
    response: await call("GET", "/api/v1/session"),
    expect: "own_data_only",
  }),
  "PATCH /api/v1/me": async (call) => ({
    response: await call("PATCH", "/api/v1/me", { locale: "sv" }),
    expect: "own_data_only",
  }),
  "GET /api/v1/organization": async (call) => ({
    response: await call("GET", "/api/v1/organization"),
    expect: "own_data_only",
  }),
  "PATCH /api/v1/organization": async (call, ids) => ({
    response: await call("PATCH", "/api/v1/organization", { fallbackRoleId: ids.role }),
    expect: "field_not_found",
  }),
  "GET /api/v1/units": async (call) => ({
    response: await call("GET", "/api/v1/units?includeInactive=true"),
    expect: "own_data_only",
  }),
  "POST /api/v1/units": async (call, ids) => ({
    response: await call("POST", "/api/v1/units", {
      name: "Intrång",
      kind: "room",
      parentId: ids.unit,
    }),
    expect: "field_not_found",
  }),
  "GET /api/v1/units/:id": async (call, ids) => ({
    response: await call("GET", `/api/v1/units/${ids.unit}`),
    expect: "not_found",
  }),
  "PATCH /api/v1/units/:id": async (call, ids) => ({
    response: await call("PATCH", `/api/v1/units/${ids.unit}`, { name: "Kapad" }),
    expect: "not_found",
  }),
  "GET /api/v1/people": async (call) => ({
    response: await call("GET", "/api/v1/people?includeInactive=true"),
    expect: "own_data_only",
  }),
  "POST /api/v1/people": async (call, ids) => ({
    response: await call("POST", "/api/v1/people", { name: "Intrång", unitId: ids.unit }),
    expect: "field_not_found",
  }),
  "GET /api/v1/people/:id": async (call, ids) => ({
    response: await call("GET", `/api/v1/people/${ids.person}`),
    expect: "not_found",
  }),
  "PATCH /api/v1/people/:id": async (call, ids) => ({
    response: await call("PATCH", `/api/v1/people/${ids.person}`, { accessRole: "viewer" }),
    expect: "not_found",
  }),
  "DELETE /api/v1/people/:id/sessions": async (call, ids) => ({
    response: await call("DELETE", `/api/v1/people/${ids.person}/sessions`),
    expect: "not_found",
  }),
  "POST /api/v1/people/:id/invitation": async (call, ids) => ({
    response: await call("POST", `/api/v1/people/${ids.person}/invitation`),
    expect: "not_found",
  }),
  // A sign-in link is its own credential: without the token there is nothing to find.
  "GET /api/v1/invitations/:token": async (call) => ({
    response: await call("GET", `/api/v1/invitations/${"g".repeat(43)}`),
    expect: "not_found",
  }),
  "POST /api/v1/invitations/:token": async (call) => ({
    response: await call("POST", `/api/v1/invitations/${"g".repeat(43)}`, {
      password: "ett-nytt-lösenord-1",
    }),
    expect: "not_found",
  }),
  "PUT /api/v1/me/password": async (call) => ({
    response: await call("PUT", "/api/v1/me/password", {
      currentPassword: "inte-lösenordet",
      newPassword: "ett-nytt-lösenord-1",
    }),
    expect: "no_foreign_data",
  }),
  "DELETE /api/v1/me/sessions": async (call) => ({
    response: await call("DELETE", "/api/v1/me/sessions"),
    expect: "no_foreign_data",
  }),
  "GET /api/v1/push/key": async (call) => ({
    response: await call("GET", "/api/v1/push/key"),
    expect: "no_foreign_data",
  }),
  "GET /api/v1/me/devices": async (call) => ({
    response: await call("GET", "/api/v1/me/devices"),
    expect: "own_data_only",
  }),
  "POST /api/v1/me/devices": async (call) => ({
    response: await call("POST", "/api/v1/me/devices", subscription("foreign")),
    expect: "own_data_only",
  }),
  "DELETE /api/v1/me/devices/:id": async (call, ids) => ({
    response: await call("DELETE", `/api/v1/me/devices/${ids.device}`),
    expect: "not_found",
  }),
  "POST /api/v1/me/test-alarms": async (call) => ({
    response: await call("POST", "/api/v1/me/test-alarms"),
    expect: "own_data_only",
  }),
  // The victim has a device: their readiness is theirs alone.
  "GET /api/v1/readiness": async (call) => ({
    response: await call("GET", "/api/v1/readiness"),
    expect: "own_data_only",
  }),
  "GET /api/v1/me/test-alarms/:id": async (call, ids) => ({
    response: await call("GET", `/api/v1/me/test-alarms/${ids.testAlarm}`),
    expect: "not_found",
  }),
  "POST /api/v1/push/receipts": async (call, ids) => ({
    response: await call("POST", "/api/v1/push/receipts", {
      token: `${ids.testAlarm}.9999999999.forged`,
    }),
    expect: "no_foreign_data",
  }),
  "GET /api/v1/api-tokens": async (call) => ({
    response: await call("GET", "/api/v1/api-tokens"),
    expect: "own_data_only",
  }),
  "POST /api/v1/api-tokens": async (call) => ({
    response: await call("POST", "/api/v1/api-tokens", { name: "Egen", accessRole: "viewer" }),
    expect: "own_data_only",
  }),
  "DELETE /api/v1/api-tokens/:id": async (call, ids) => ({
    response: await call("DELETE", `/api/v1/api-tokens/${ids.token}`),
    expect: "not_found",
  }),
  "GET /api/v1/incident-roles": async (call) => ({
    response: await call("GET", "/api/v1/incident-roles"),
    expect: "own_data_only",
  }),
  "GET /api/v1/scenarios": async (call) => ({
    response: await call("GET", "/api/v1/scenarios"),
    expect: "own_data_only",
  }),
  "POST /api/v1/incidents": async (call, ids) => ({
    response: await call("POST", "/api/v1/incidents", {
      scenarioId: ids.scenario,
      unitId: ids.unit,
    }),
    expect: "field_not_found",
  }),
  "POST /api/v1/drills": async (call, ids) => ({
    response: await call("POST", "/api/v1/drills", { scenarioId: ids.scenario, unitId: ids.unit }),
    expect: "field_not_found",
  }),
  "GET /api/v1/incidents": async (call) => ({
    response: await call("GET", "/api/v1/incidents"),
    expect: "own_data_only",
  }),
  "GET /api/v1/incidents/preview": async (call, ids) => ({
    response: await call(
      "GET",
      `/api/v1/incidents/preview?scenarioId=${ids.scenario}&unitId=${ids.unit}`,
    ),
    expect: "field_not_found",
  }),
  "GET /api/v1/incidents/:id": async (call, ids) => ({
    response: await call("GET", `/api/v1/incidents/${ids.incident}`),
    expect: "not_found",
  }),
  "GET /api/v1/incidents/:id/timeline": async (call, ids) => ({
    response: await call("GET", `/api/v1/incidents/${ids.incident}/timeline`),
    expect: "not_found",
  }),
  "PATCH /api/v1/incidents/:id": async (call, ids) => ({
    response: await call("PATCH", `/api/v1/incidents/${ids.incident}`, { severity: "low" }),
    expect: "not_found",
  }),
  "POST /api/v1/incidents/:id/resolution": async (call, ids) => ({
    response: await call("POST", `/api/v1/incidents/${ids.incident}/resolution`),
    expect: "not_found",
  }),
  "POST /api/v1/incidents/:id/closure": async (call, ids) => ({
    response: await call("POST", `/api/v1/incidents/${ids.incident}/closure`),
    expect: "not_found",
  }),
  "POST /api/v1/incidents/:id/recall": async (call, ids) => ({
    response: await call("POST", `/api/v1/incidents/${ids.incident}/recall`, { reason: "Kapning" }),
    expect: "not_found",
  }),
  "POST /api/v1/incidents/:id/answers": async (call, ids) => ({
    response: await call("POST", `/api/v1/incidents/${ids.incident}/answers`, {
      answer: "acknowledged",
    }),
    expect: "not_found",
  }),
  "POST /api/v1/incidents/:id/receipts": async (call, ids) => ({
    response: await call("POST", `/api/v1/incidents/${ids.incident}/receipts`),
    expect: "not_found",
  }),
  "PUT /api/v1/incidents/:id/tasks/:taskId/completion": async (call, ids) => ({
    response: await call("PUT", `/api/v1/incidents/${ids.incident}/tasks/${ids.task}/completion`),
    expect: "not_found",
  }),
  "DELETE /api/v1/incidents/:id/tasks/:taskId/completion": async (call, ids) => ({
    response: await call(
      "DELETE",
      `/api/v1/incidents/${ids.incident}/tasks/${ids.task}/completion`,
    ),
    expect: "not_found",
  }),
  "POST /api/v1/incidents/:id/log-entries": async (call, ids) => ({
    response: await call("POST", `/api/v1/incidents/${ids.incident}/log-entries`, {
      text: "Intrång",
    }),
    expect: "not_found",
  }),
  "PATCH /api/v1/incidents/:id/log-entries/:entryId": async (call, ids) => ({
    response: await call("PATCH", `/api/v1/incidents/${ids.incident}/log-entries/${ids.logEntry}`, {
      key: true,
    }),
    expect: "not_found",
  }),
  "POST /api/v1/incidents/:id/roll-call-reports": async (call, ids) => ({
    response: await call("POST", `/api/v1/incidents/${ids.incident}/roll-call-reports`, {
      kind: "person",
      status: "safe",
    }),
    expect: "not_found",
  }),
  "POST /api/v1/incidents/:id/escalations": async (call, ids) => ({
    response: await call("POST", `/api/v1/incidents/${ids.incident}/escalations`, {
      kind: "person",
      personId: ids.person,
    }),
    expect: "not_found",
  }),
  "POST /api/v1/incident-roles": async (call) => ({
    response: await call("POST", "/api/v1/incident-roles", {
      key: "egen",
      name: { sv: "Egen", en: "Own" },
      description: { sv: "", en: "" },
    }),
    expect: "own_data_only",
  }),
  "PATCH /api/v1/incident-roles/:id": async (call, ids) => ({
    response: await call("PATCH", `/api/v1/incident-roles/${ids.role}`, {
      name: { sv: "Kapad", en: "Hijacked" },
    }),
    expect: "not_found",
  }),
  "GET /api/v1/incident-roles/:id/staffing": async (call, ids) => ({
    response: await call("GET", `/api/v1/incident-roles/${ids.role}/staffing`),
    expect: "not_found",
  }),
  "PUT /api/v1/incident-roles/:id/staffing/:unitId": async (call, ids) => ({
    response: await call("PUT", `/api/v1/incident-roles/${ids.role}/staffing/${ids.unit}`, {
      people: [],
      deputies: [],
    }),
    expect: "not_found",
  }),
  "GET /api/v1/scenarios/:id": async (call, ids) => ({
    response: await call("GET", `/api/v1/scenarios/${ids.scenario}`),
    expect: "not_found",
  }),
  "POST /api/v1/scenarios": async (call) => ({
    response: await call("POST", "/api/v1/scenarios", { key: "egen" }),
    expect: "no_foreign_data",
  }),
  "PATCH /api/v1/scenarios/:id": async (call, ids) => ({
    response: await call("PATCH", `/api/v1/scenarios/${ids.scenario}`, { defaultSeverity: "low" }),
    expect: "not_found",
  }),
  "GET /api/v1/stream": async (call) => ({
    response: await call("GET", "/api/v1/stream"),
    expect: "no_foreign_data",
  }),
  // Last: it ends the caller's own session.
  "DELETE /api/v1/session": async (call) => ({
    response: await call("DELETE", "/api/v1/session"),
    expect: "no_foreign_data",
  }),
};

const documentation = /^\/api\/(docs|openapi\.json)/;

describeEachDialect(
  "tenant isolation",
  (ctx) => {
    let ids: ForeignIds;
    let otherAdmin: Agent;
    let otherToken: string;

    beforeAll(async () => {
      const { app, deps } = ctx();
      await seedDemoOrganization(deps);
      const demoAdmin = await signIn(app, DEMO.email, DEMO.password);
      const units = (await demoAdmin.request("GET", "/api/v1/units")).json<UnitList>().items;
      const people = (await demoAdmin.request("GET", "/api/v1/people")).json<PersonList>().items;
      const token = (
        await demoAdmin.request("POST", "/api/v1/api-tokens", {
          name: "Brandlarmscentral",
          accessRole: "coordinator",
        })
      ).json<CreatedApiToken>();
      const scenarios = (await demoAdmin.request("GET", "/api/v1/scenarios")).json<ScenarioList>()
        .items;
      const lockdown = scenarios.find((x) => x.key === "lockdown");
      const school = units.find((u) => u.name === "Exempelskolan");
      const raised = await demoAdmin.request("POST", "/api/v1/incidents", {
        scenarioId: lockdown?.id,
        unitId: school?.id,
        placeNote: "Korridor A",
      });
      const incident = (
        await demoAdmin.request("GET", `/api/v1/incidents/${raised.json<{ id: string }>().id}`)
      ).json<Incident>();
      const entry = await demoAdmin.request(
        "POST",
        `/api/v1/incidents/${incident.id}/log-entries`,
        {
          text: "Dörrarna låsta",
        },
      );
      const device = await demoAdmin.request("POST", "/api/v1/me/devices", subscription("demo"));
      const testAlarm = await demoAdmin.request("POST", "/api/v1/me/test-alarms");
      const roles = (await demoAdmin.request("GET", "/api/v1/incident-roles")).json<{
        items: { id: string }[];
      }>().items;
      ids = {
        incident: incident.id,
        task: incident.tasks[0]?.id ?? "",
        logEntry: entry.json<{ id: string }>().id,
        role: roles[0]?.id ?? "",
        scenario: lockdown?.id ?? "",
        unit: units[0]?.id ?? "",
        person: people[0]?.id ?? "",
        token: token.id,
        device: device.json<{ id: string }>().id,
        testAlarm: testAlarm.json<{ id: string }>().id,
        texts: [
          "Exempelkommun",
          "Exempelskolan",
          "Anna Lindqvist",
          "Krisledare",
          "Inrymning",
          "Brandlarmscentral",
          ...units.map((u) => u.id),
          ...people.map((p) => p.id),
        ],
      };
      const other = await createOtherOrganization(deps);
      otherAdmin = await signIn(app, other.email, other.password);
      otherToken = (
        await otherAdmin.request("POST", "/api/v1/api-tokens", {
          name: "Annan",
          accessRole: "coordinator",
        })
      ).json<CreatedApiToken>().token;
    });

    it("has an isolation probe for every route the server exposes", () => {
      const routes = ctx()
        .app.routeTable.filter(
          (r) => !documentation.test(r.url) && (r.url.startsWith("/api/") || r.url.endsWith("z")),
        )
        .map((r) => `${r.method} ${r.url}`);
      expect(routes.length).toBeGreaterThan(15);
      expect(routes.filter((r) => !(r in matrix))).toEqual([]);
    });

    for (const callerKind of [
      "another organisation's administrator",
      "another organisation's API token",
    ] as const) {
      it(`shows ${callerKind} nothing of ours and lets it change nothing`, async () => {
        const call: Caller =
          callerKind === "another organisation's administrator"
            ? (method, url, body) => otherAdmin.request(method as "GET", url, body)
            : (method, url, body) => withToken(ctx().app, otherToken)(method as "GET", url, body);
        for (const [route, probe] of Object.entries(matrix)) {
          const { response, expect: expected } = await probe(call, ids);
          // A problem's "instance" echoes the path the caller itself sent; that is not our data.
          const body = String(response.headers["content-type"]).includes("problem+json")
            ? JSON.stringify({ ...response.json<object>(), instance: undefined })
            : response.body;
          for (const text of ids.texts) expect(body, `${route} leaked ${text}`).not.toContain(text);
          if (expected === "not_found") expect(response.statusCode, route).toBeOneOf([404, 403]);
          if (expected === "not_found" && callerKind === "another organisation's administrator")
            expect(response.statusCode, route).toBe(404);
          if (expected === "field_not_found")
            expect(response.statusCode, route).toBeOneOf([400, 403]);
          expect(response.statusCode, `${route}: ${body}`).toBeLessThan(500);
        }
      });
    }

    it("left the demo organisation's data untouched", async () => {
      const demoAdmin = await signIn(ctx().app, DEMO.email, DEMO.password);
      const tokens = (await demoAdmin.request("GET", "/api/v1/api-tokens")).json<{
        items: ApiToken[];
      }>().items;
      expect(tokens.find((t) => t.id === ids.token)?.revokedAt).toBeNull();
      expect(
        (await demoAdmin.request("GET", `/api/v1/units/${ids.unit}`)).json(),
      ).not.toMatchObject({
        name: "Kapad",
      });
      const people = (
        await demoAdmin.request("GET", "/api/v1/people?includeInactive=true")
      ).json<PersonList>();
      expect(people.total).toBe(13);
      expect(people.items.find((p) => p.id === ids.person)?.accessRole).not.toBe("viewer");
    });
  },
  { BEREDD_PUSH_HOSTS: PUSH_HOST },
);
