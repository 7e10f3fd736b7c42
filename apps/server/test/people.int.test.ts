import type { Person, PersonList, Problem, UnitList } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_VIEWER, seedDemoOrganization } from "./fixtures.js";

describeEachDialect("people", (ctx) => {
  let admin: Agent;
  let schoolId: string;
  const find = async (q: string) =>
    (
      await admin.request("GET", `/api/v1/people?includeInactive=true&q=${encodeURIComponent(q)}`)
    ).json<PersonList>().items;

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    admin = await signIn(ctx().app, DEMO.email, DEMO.password);
    const units = (await admin.request("GET", "/api/v1/units")).json<UnitList>().items;
    schoolId = units.find((u) => u.name === "Exempelskolan")?.id ?? "";
  });

  it("lists the demo people with their incident roles in both languages", async () => {
    const res = await admin.request("GET", "/api/v1/people");
    const list = res.json<PersonList>();
    expect(list.total).toBe(13);
    const anna = list.items.find((p) => p.name === "Anna Lindqvist");
    expect(anna).toMatchObject({ accessRole: "admin", canSignIn: true, mobile: "+46701740605" });
    expect(anna?.incidentRoles[0]?.roleName).toEqual({ sv: "Krisledare", en: "Incident lead" });
  });

  it("searches by name, e-mail or number, ignoring case, including å, ä and ö", async () => {
    expect((await find("SJÖBERG")).map((p) => p.name)).toEqual(["Lena Sjöberg"]);
    expect((await find("karin.ek@")).map((p) => p.name)).toEqual(["Karin Ek"]);
    expect((await find("1740612")).map((p) => p.name)).toEqual(["Mikael Berg"]);
  });

  it("pages through the list", async () => {
    const page = (
      await admin.request("GET", "/api/v1/people?limit=5&offset=10")
    ).json<PersonList>();
    expect(page.total).toBe(13);
    expect(page.items).toHaveLength(3);
  });

  it("adds a person who can sign in with the password given", async () => {
    const res = await admin.request("POST", "/api/v1/people", {
      name: "Nils Öberg",
      email: "Nils.Oberg@Exempelkommun.se",
      mobile: "+46701740620",
      unitId: schoolId,
      accessRole: "member",
      password: "a-long-enough-password",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Person>()).toMatchObject({
      email: "nils.oberg@exempelkommun.se",
      canSignIn: true,
      active: true,
    });
    const nils = await signIn(ctx().app, "nils.oberg@exempelkommun.se", "a-long-enough-password");
    expect(nils.session.accessRole).toBe("member");
  });

  it("rejects bad input with the fields at fault, and adds no one", async () => {
    const cases: [Record<string, unknown>, string, number][] = [
      [{ name: "" }, "body/name", 400],
      [{ name: "X", email: "not-an-address" }, "body/email", 400],
      [{ name: "X", mobile: "070-123 45 67" }, "body/mobile", 400],
      [{ name: "X", accessRole: "owner" }, "body/accessRole", 400],
      [{ name: "X", email: "x@example.se", password: "short" }, "body/password", 400],
      [{ name: "X", password: "a-long-enough-password" }, "body/email", 400],
      [{ name: "X", unitId: "01a207b4-4527-700d-8629-a5a8d84409d3" }, "body/unitId", 400],
      [{ name: "X", email: "erik.johansson@exempelkommun.se" }, "body/email", 409],
    ];
    const before = (
      await admin.request("GET", "/api/v1/people?includeInactive=true")
    ).json<PersonList>().total;
    for (const [body, path, status] of cases) {
      const res = await admin.request("POST", "/api/v1/people", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(
        res.json<Problem>().errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    expect(
      (await admin.request("GET", "/api/v1/people?includeInactive=true")).json<PersonList>().total,
    ).toBe(before);
  });

  it("refuses a second account for an e-mail address that already has one", async () => {
    const res = await admin.request(
      "PATCH",
      `/api/v1/people/${(await find("Maria Karlsson"))[0]?.id}`,
      {
        email: DEMO.email,
        password: "a-long-enough-password",
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().errors?.[0]?.path).toBe("body/email");
    expect((await find("Maria Karlsson"))[0]).toMatchObject({
      email: "maria.karlsson@exempelkommun.se",
      canSignIn: true,
    });
  });

  it("deactivating a person ends their sessions at once", async () => {
    const viewer = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
    const id = (await find("Lena Sjöberg"))[0]?.id;
    const res = await admin.request("PATCH", `/api/v1/people/${id}`, { active: false });
    expect(res.json<Person>().active).toBe(false);
    expect((await viewer.request("GET", "/api/v1/people")).statusCode).toBe(401);
    const again = await ctx().app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: DEMO_VIEWER, password: DEMO.password },
    });
    expect(again.statusCode).toBe(401);
    expect(
      (await admin.request("GET", "/api/v1/people")).json<PersonList>().items.map((p) => p.name),
    ).not.toContain("Lena Sjöberg");
    await admin.request("PATCH", `/api/v1/people/${id}`, { active: true });
    expect((await signIn(ctx().app, DEMO_VIEWER, DEMO.password)).session.accessRole).toBe("viewer");
  });

  it("a change of access role ends the person's open session; they sign in to the new role", async () => {
    const viewer = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
    const id = viewer.session.personId;
    expect(
      (await viewer.request("PATCH", `/api/v1/people/${id}`, { name: "Lena S." })).statusCode,
    ).toBe(403);
    await admin.request("PATCH", `/api/v1/people/${id}`, { accessRole: "admin" });
    expect((await viewer.request("GET", "/api/v1/session")).statusCode).toBe(401);
    const again = await signIn(ctx().app, DEMO_VIEWER, DEMO.password);
    expect(
      (await again.request("PATCH", `/api/v1/people/${id}`, { name: "Lena S." })).statusCode,
    ).toBe(200);
    await admin.request("PATCH", `/api/v1/people/${id}`, {
      accessRole: "viewer",
      name: "Lena Sjöberg",
    });
  });

  it("lists the people with a readiness gap: unreachable, no sign-in, no mobile", async () => {
    for (const body of [
      { name: "Otto Okänd" },
      { name: "Petra Post", email: "petra.post@exempelkommun.se" },
      { name: "Rut Ring", mobile: "+46701740630" },
    ])
      expect((await admin.request("POST", "/api/v1/people", body)).statusCode).toBe(201);
    const names = async (reach: string) =>
      (await admin.request("GET", `/api/v1/people?reach=${reach}&limit=500`))
        .json<PersonList>()
        .items.map((p) => p.name);
    expect(await names("unreachable")).toEqual(["Otto Okänd"]);
    expect(await names("no_sign_in")).toEqual(["Otto Okänd", "Petra Post", "Rut Ring"]);
    const noMobile = await names("no_mobile");
    expect(noMobile).toEqual(expect.arrayContaining(["Otto Okänd", "Petra Post"]));
    expect(noMobile).not.toContain("Rut Ring");
    expect(noMobile).not.toContain("Anna Lindqvist");
    const bad = await admin.request("GET", "/api/v1/people?reach=everyone");
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.path).toBe("querystring/reach");
  });

  it("never leaves the organisation without an active administrator", async () => {
    const me = admin.session.personId;
    const self = await admin.request("PATCH", `/api/v1/people/${me}`, { active: false });
    expect(self.statusCode).toBe(409);
    const demote = await admin.request("PATCH", `/api/v1/people/${me}`, { accessRole: "member" });
    expect(demote.statusCode).toBe(409);
    expect(demote.json<Problem>().detail).toMatch(/own access role/);
    expect((await admin.request("GET", `/api/v1/people/${me}`)).json<Person>().accessRole).toBe(
      "admin",
    );
  });
});
