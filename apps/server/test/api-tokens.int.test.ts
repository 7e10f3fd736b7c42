import type { ApiToken, CreatedApiToken, Problem, UnitList } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, withToken, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_COORDINATOR, seedDemoOrganization } from "./fixtures.js";

describeEachDialect("API tokens", (ctx) => {
  let admin: Agent;
  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    admin = await signIn(ctx().app, DEMO.email, DEMO.password);
  });

  it("shows the secret once, stores only a hash, and lets the integration read", async () => {
    const res = await admin.request("POST", "/api/v1/api-tokens", {
      name: "Brandlarmscentral",
      accessRole: "viewer",
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<CreatedApiToken>();
    expect(created.token).toMatch(/^beredd_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const stored = await ctx()
      .deps.db.selectFrom("api_tokens")
      .selectAll()
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.token);
    const listed = (await admin.request("GET", "/api/v1/api-tokens")).body;
    expect(listed).toContain(created.id);
    expect(listed).not.toContain(created.token);

    const call = withToken(ctx().app, created.token);
    const units = await call("GET", "/api/v1/units");
    expect(units.statusCode).toBe(200);
    expect(units.json<UnitList>().items.map((u) => u.name)).toContain("Exempelskolan");
    const tokens = (await admin.request("GET", "/api/v1/api-tokens")).json<{ items: ApiToken[] }>()
      .items;
    expect(tokens.find((t) => t.id === created.id)?.lastUsedAt).not.toBeNull();
  });

  it("keeps a token within its role: a viewer token cannot write, no token can mint tokens", async () => {
    const created = (
      await admin.request("POST", "/api/v1/api-tokens", {
        name: "Skärm",
        accessRole: "coordinator",
      })
    ).json<CreatedApiToken>();
    const call = withToken(ctx().app, created.token);
    expect(
      (await call("POST", "/api/v1/units", { name: "X", kind: "room", parentId: null })).statusCode,
    ).toBe(403);
    expect((await call("POST", "/api/v1/api-tokens", { name: "Mer" })).statusCode).toBe(403);
    expect((await call("PATCH", "/api/v1/me", { locale: "en" })).statusCode).toBe(403);
    const admin_ = await admin.request("POST", "/api/v1/api-tokens", {
      name: "Admin",
      accessRole: "admin",
    });
    expect(admin_.statusCode).toBe(400);
    expect(admin_.json<Problem>().errors?.[0]?.path).toBe("body/accessRole");
  });

  it("refuses a revoked, unknown or malformed token with 401 problem+json", async () => {
    const created = (
      await admin.request("POST", "/api/v1/api-tokens", { name: "Gammal" })
    ).json<CreatedApiToken>();
    expect((await admin.request("DELETE", `/api/v1/api-tokens/${created.id}`)).statusCode).toBe(
      204,
    );
    expect((await admin.request("DELETE", `/api/v1/api-tokens/${created.id}`)).statusCode).toBe(
      204,
    );
    for (const header of [`Bearer ${created.token}`, "Bearer beredd_nope", "Basic abc", "Bearer"]) {
      const res = await ctx().app.inject({
        method: "GET",
        url: "/api/v1/units",
        headers: { authorization: header },
      });
      expect(res.statusCode, header).toBe(401);
      expect(res.json<Problem>().code).toBe("unauthenticated");
    }
  });

  it("lets only administrators manage tokens", async () => {
    const coordinator = await signIn(ctx().app, DEMO_COORDINATOR, DEMO.password);
    expect((await coordinator.request("GET", "/api/v1/api-tokens")).statusCode).toBe(403);
    expect(
      (await coordinator.request("POST", "/api/v1/api-tokens", { name: "X" })).statusCode,
    ).toBe(403);
  });
});
