import type { IncidentRole, PersonList, ScenarioList, UnitList } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { loadDemoContent, seedDemo, type DemoContent } from "../src/modules/demo/index.js";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";

// What the demo seeds is what its content files say, read back through the API on each database.
describeEachDialect("the demo organisation seeded from its content files", (ctx) => {
  let content: DemoContent;
  let admin: Agent;
  beforeAll(async () => {
    content = await loadDemoContent();
    const login = await seedDemo(ctx().deps);
    expect(login).toEqual(content.organization.signIn);
    admin = await signIn(ctx().app, content.organization.signIn.email, login?.password ?? "");
  });
  const get = async <T>(url: string) => (await admin.request("GET", url)).json<T>();

  it("has every scenario template of content/scenarios, as written", async () => {
    const scenarios = await get<ScenarioList>("/api/v1/scenarios");
    const byKey = new Map(scenarios.items.map((s) => [s.key, s]));
    expect(scenarios.total).toBe(content.scenarios.length);
    for (const expected of content.scenarios)
      expect(byKey.get(expected.key)).toMatchObject({
        ...expected,
        silent: expected.plan.silent,
      });
  });

  it("has the unit tree, the incident roles in order, and the people with their staffing", async () => {
    const org = content.organization;
    const units = (await get<UnitList>("/api/v1/units")).items;
    const unitKey = new Map(
      units.map((u) => [u.id, org.units.find((f) => f.name === u.name)?.key]),
    );
    expect(
      units.map((u) => ({
        key: unitKey.get(u.id),
        parent: u.parentId ? unitKey.get(u.parentId) : null,
        name: u.name,
        kind: u.kind,
      })),
    ).toEqual(expect.arrayContaining(org.units));
    expect(units).toHaveLength(org.units.length);

    const roles = (await get<{ items: IncidentRole[] }>("/api/v1/incident-roles")).items;
    expect(roles.map(({ key, name, description }) => ({ key, name, description }))).toEqual(
      org.roles,
    );
    const roleKey = new Map<string, string>(roles.map((r) => [r.id, r.key]));

    // Staffing order is the order of people in the file, per role, unit and deputy or not; the
    // order of one person's roles in the file is not kept, so both sides are sorted.
    const sorted = <T extends { role?: string; unit?: string; deputy: boolean }>(roles: T[]) =>
      roles.toSorted((a, b) =>
        `${a.role}/${a.unit}/${a.deputy}`.localeCompare(`${b.role}/${b.unit}/${b.deputy}`),
      );
    const slots = new Map<string, number>();
    const expected = org.people.map(({ roles: staffing, unit, ...person }) => ({
      ...person,
      unit,
      roles: sorted(
        staffing.map((s) => {
          const slot = `${s.role}/${s.unit}/${s.deputy === true}`;
          const position = slots.get(slot) ?? 0;
          slots.set(slot, position + 1);
          return { role: s.role, unit: s.unit, deputy: s.deputy === true, position };
        }),
      ),
    }));
    const people = (await get<PersonList>("/api/v1/people?limit=500")).items;
    expect(
      people.map((p) => ({
        name: p.name,
        email: p.email,
        mobile: p.mobile,
        accessRole: p.accessRole,
        canSignIn: p.canSignIn,
        unit: p.unitId ? unitKey.get(p.unitId) : null,
        roles: sorted(
          p.incidentRoles.map((r) => ({
            role: roleKey.get(r.roleId),
            unit: unitKey.get(r.unitId),
            deputy: r.deputy,
            position: r.position,
          })),
        ),
      })),
    ).toEqual(expect.arrayContaining(expected));
    expect(people).toHaveLength(org.people.length);
  });

  it("lets everyone marked canSignIn sign in with the demo password, and no one else", async () => {
    for (const person of content.organization.people) {
      const res = await ctx().app.inject({
        method: "POST",
        url: "/api/v1/session",
        payload: { email: person.email, password: content.organization.signIn.password },
      });
      expect({ email: person.email, status: res.statusCode }).toEqual({
        email: person.email,
        status: person.canSignIn ? 201 : 401,
      });
    }
  });

  it("seeds only an empty database", async () => {
    expect(await seedDemo(ctx().deps)).toBeNull();
    expect((await get<ScenarioList>("/api/v1/scenarios")).total).toBe(content.scenarios.length);
  });
});
