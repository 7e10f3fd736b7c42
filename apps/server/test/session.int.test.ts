import type { Problem } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, DEMO_MEMBER, seedDemoOrganization } from "./fixtures.js";

describeEachDialect("signing in and out", (ctx) => {
  beforeAll(() => seedDemoOrganization(ctx().deps));

  it("signs in with the demo account and sets a strict, httpOnly session cookie", async () => {
    const res = await ctx().app.inject({ method: "POST", url: "/api/v1/session", payload: DEMO });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === "beredd_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(res.json()).toMatchObject({
      user: { name: "Anna Lindqvist", email: DEMO.email, locale: "sv" },
      organization: { name: "Exempelkommun" },
      accessRole: "admin",
    });
  });

  it("treats the e-mail address case-insensitively", async () => {
    const res = await ctx().app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "  Anna.Lindqvist@Exempelkommun.SE ", password: DEMO.password },
    });
    expect(res.statusCode).toBe(201);
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    const wrong = await ctx().app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { ...DEMO, password: "not-the-password" },
    });
    const unknown = await ctx().app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "nobody@exempelkommun.se", password: "whatever-password" },
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json<Problem>().code).toBe("invalid_credentials");
      expect(res.cookies).toHaveLength(0);
    }
    expect(wrong.json<Problem>().detail).toBe(unknown.json<Problem>().detail);
  });

  it("reports the current session and ends it at sign-out", async () => {
    const agent = await signIn(ctx().app, DEMO.email, DEMO.password);
    expect((await agent.request("GET", "/api/v1/session")).json()).toMatchObject({
      personId: agent.session.personId,
    });
    expect((await agent.request("DELETE", "/api/v1/session")).statusCode).toBe(204);
    const after = await agent.request("GET", "/api/v1/session");
    expect(after.statusCode).toBe(401);
    expect(after.json<Problem>().code).toBe("unauthenticated");
  });

  it("refuses a cookie-authenticated write without the CSRF token, and changes nothing", async () => {
    const agent = await signIn(ctx().app, DEMO.email, DEMO.password);
    for (const headers of [{ "x-csrf-token": "" }, { "x-csrf-token": "forged" }]) {
      const res = await agent.request("PATCH", "/api/v1/me", { locale: "en" }, headers);
      expect(res.statusCode).toBe(403);
      expect(res.json<Problem>().code).toBe("csrf_failed");
    }
    expect((await agent.request("GET", "/api/v1/session")).json()).toMatchObject({
      user: { locale: "sv" },
    });
  });

  it("remembers the language per user, across sessions", async () => {
    const first = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
    const res = await first.request("PATCH", "/api/v1/me", { locale: "en" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { locale: "en" } });
    const second = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
    expect(second.session.user.locale).toBe("en");
    const bad = await second.request("PATCH", "/api/v1/me", { locale: "de" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.path).toBe("body/locale");
  });

  it("expires a session after the idle time and after the absolute lifetime", async () => {
    const { app, clock, config } = ctx();
    const idle = await signIn(app, DEMO.email, DEMO.password);
    clock.advance(config.sessionIdleMs - 60_000);
    expect((await idle.request("GET", "/api/v1/session")).statusCode).toBe(200);
    clock.advance(config.sessionIdleMs + 1);
    expect((await idle.request("GET", "/api/v1/session")).statusCode).toBe(401);

    const active = await signIn(app, DEMO.email, DEMO.password);
    const step = config.sessionIdleMs / 2;
    for (let t = 0; t + step < config.sessionMaxMs; t += step) {
      clock.advance(step);
      expect((await active.request("GET", "/api/v1/session")).statusCode).toBe(200);
    }
    clock.advance(step);
    expect((await active.request("GET", "/api/v1/session")).statusCode).toBe(401);
  });
});

describeEachDialect(
  "sign-in rate limit",
  (ctx) => {
    beforeAll(() => seedDemoOrganization(ctx().deps));

    it("throttles repeated attempts on one account from one address, but not other accounts", async () => {
      const attempt = (email: string) =>
        ctx().app.inject({
          method: "POST",
          url: "/api/v1/session",
          payload: { email, password: "guessing-passwords" },
        });
      for (let i = 0; i < 3; i++) expect((await attempt(DEMO.email)).statusCode).toBe(401);
      const limited = await attempt(DEMO.email);
      expect(limited.statusCode).toBe(429);
      expect(limited.json<Problem>().code).toBe("rate_limited");
      expect(limited.headers["retry-after"]).toBeDefined();
      const correct = await ctx().app.inject({
        method: "POST",
        url: "/api/v1/session",
        payload: DEMO,
      });
      expect(correct.statusCode).toBe(429);
      expect((await attempt(DEMO_MEMBER)).statusCode).toBe(401);
    });

    it("counts in a window of one minute from the first attempt, then allows the account again", async () => {
      const signIn = () =>
        ctx().app.inject({ method: "POST", url: "/api/v1/session", payload: DEMO });
      ctx().clock.advance(59_000);
      expect((await signIn()).statusCode).toBe(429);
      ctx().clock.advance(1_000);
      expect((await signIn()).statusCode).toBe(201);
    });
  },
  { LOGIN_RATE_LIMIT: "3" },
);
