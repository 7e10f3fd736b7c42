import type { Problem, Unit, UnitList } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_COORDINATOR, seedDemoOrganization } from "./fixtures.js";

describeEachDialect("units", (ctx) => {
  let admin: Agent;
  let units: Unit[];
  const byName = (name: string) => {
    const unit = units.find((u) => u.name === name);
    if (!unit) throw new Error(`no unit ${name}`);
    return unit;
  };
  const listAll = async () =>
    (await admin.request("GET", "/api/v1/units?includeInactive=true")).json<UnitList>().items;

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    admin = await signIn(ctx().app, DEMO.email, DEMO.password);
    units = await listAll();
  });

  it("lists the demo tree from the municipality down to rooms", () => {
    const school = byName("Exempelskolan");
    expect(school.kind).toBe("school");
    expect(byName("Hus A").parentId).toBe(school.id);
    expect(byName("A101 Klassrum 5B").parentId).toBe(byName("Hus A").id);
    expect(byName("Exempelkommun").parentId).toBeNull();
  });

  it("creates a unit under a parent, at any depth", async () => {
    const res = await admin.request("POST", "/api/v1/units", {
      name: "  Skåp 3 ",
      kind: "room",
      parentId: byName("A101 Klassrum 5B").id,
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<Unit>();
    expect(created).toMatchObject({ name: "Skåp 3", kind: "room", active: true });
    expect((await admin.request("GET", `/api/v1/units/${created.id}`)).json<Unit>().name).toBe(
      "Skåp 3",
    );
  });

  it("rejects bad input with the field at fault, and creates nothing", async () => {
    const before = (await listAll()).length;
    const cases: [unknown, string][] = [
      [{ name: "", kind: "room", parentId: null }, "body/name"],
      [{ name: "X", kind: "spaceship", parentId: null }, "body/kind"],
      [{ name: "X", kind: "room", parentId: "not-an-id" }, "body/parentId"],
      [{ name: "X", kind: "room" }, "body/parentId"],
      [
        { name: "X", kind: "room", parentId: "01a207b4-4527-700d-8629-a5a8d84409d3" },
        "body/parentId",
      ],
    ];
    for (const [body, path] of cases) {
      const res = await admin.request("POST", "/api/v1/units", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      const problem = res.json<Problem>();
      expect(problem.code).toBe("validation_failed");
      expect(problem.errors?.map((e) => e.path)).toContain(path);
    }
    expect((await listAll()).length).toBe(before);
  });

  it("refuses to move a unit under itself or its own sub-unit", async () => {
    const school = byName("Exempelskolan");
    for (const parent of [school, byName("Hus A"), byName("A102 Klassrum 6A")]) {
      const res = await admin.request("PATCH", `/api/v1/units/${school.id}`, {
        parentId: parent.id,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<Problem>().errors?.[0]).toMatchObject({
        path: "body/parentId",
        code: "cycle",
      });
    }
    expect((await admin.request("GET", `/api/v1/units/${school.id}`)).json<Unit>().parentId).toBe(
      byName("Barn- och utbildningsförvaltningen").id,
    );
  });

  it("moves and renames a unit", async () => {
    const room = byName("Idrottshallen");
    const res = await admin.request("PATCH", `/api/v1/units/${room.id}`, {
      name: "Idrottshallen (ny)",
      parentId: byName("Hus A").id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Unit>()).toMatchObject({
      name: "Idrottshallen (ny)",
      parentId: byName("Hus A").id,
    });
  });

  it("deactivates a leaf, refuses a unit with active sub-units, and reactivates", async () => {
    const houseB = byName("Hus B");
    const refused = await admin.request("PATCH", `/api/v1/units/${houseB.id}`, { active: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>().code).toBe("conflict");

    const dining = byName("Matsalen");
    expect(
      (await admin.request("PATCH", `/api/v1/units/${dining.id}`, { active: false })).json<Unit>()
        .active,
    ).toBe(false);
    const activeNames = (await admin.request("GET", "/api/v1/units"))
      .json<UnitList>()
      .items.map((u) => u.name);
    expect(activeNames).not.toContain("Matsalen");
    expect(
      (await admin.request("PATCH", `/api/v1/units/${houseB.id}`, { active: false })).statusCode,
    ).toBe(200);
    const child = await admin.request("PATCH", `/api/v1/units/${dining.id}`, { active: true });
    expect(child.statusCode).toBe(409);
    expect(
      (await admin.request("PATCH", `/api/v1/units/${houseB.id}`, { active: true })).statusCode,
    ).toBe(200);
    expect(
      (await admin.request("PATCH", `/api/v1/units/${dining.id}`, { active: true })).json<Unit>()
        .active,
    ).toBe(true);
  });

  it("searches by name, whatever the case of å, ä and ö", async () => {
    const res = await admin.request("GET", `/api/v1/units?q=${encodeURIComponent("FÖRSKOLAN")}`);
    expect(res.json<UnitList>().items.map((u) => u.name)).toEqual(["Förskolan Solrosen"]);
    const literal = await admin.request("GET", `/api/v1/units?q=${encodeURIComponent("%")}`);
    expect(literal.json<UnitList>().total).toBe(0);
  });

  it("lets a coordinator read but not change units", async () => {
    const coordinator = await signIn(ctx().app, DEMO_COORDINATOR, DEMO.password);
    expect((await coordinator.request("GET", "/api/v1/units")).statusCode).toBe(200);
    const res = await coordinator.request("POST", "/api/v1/units", {
      name: "X",
      kind: "room",
      parentId: null,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<Problem>().code).toBe("forbidden");
  });
});
