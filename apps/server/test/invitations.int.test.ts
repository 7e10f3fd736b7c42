import type { CreatedInvitation, InvitationView, Problem, Session } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { createOtherOrganization, DEMO, DEMO_MEMBER, seedDemoOrganization } from "./fixtures.js";
import { describeEachDialect } from "./harness.js";

const OLD_PASSWORD = "ett-gammalt-lösenord-1";
const NEW_PASSWORD = "mitt-eget-lösenord-77";
const DAY_MS = 24 * 60 * 60_000;

describeEachDialect("sign-in links (invitations)", (ctx) => {
  let anna: Agent;
  let serial = 0;

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    anna = await signIn(ctx().app, DEMO.email, DEMO.password);
  });

  async function newPerson(password?: string) {
    serial += 1;
    const email = `invited${serial}@exempelkommun.se`;
    const res = await anna.request("POST", "/api/v1/people", {
      name: `Inbjuden ${serial}`,
      email,
      ...(password ? { password } : {}),
    });
    expect(res.statusCode).toBe(201);
    return { id: res.json<{ id: string }>().id, email, name: `Inbjuden ${serial}` };
  }
  const invite = async (by: Agent, id: string) =>
    by.request("POST", `/api/v1/people/${id}/invitation`);
  const tokenOf = (res: { json: <T>() => T }) =>
    new URL(res.json<CreatedInvitation>().link).pathname.split("/").pop() ?? "";
  const accept = (token: string, password: unknown) =>
    ctx().app.inject({
      method: "POST",
      url: `/api/v1/invitations/${token}`,
      payload: { password },
    });
  const look = (token: string) =>
    ctx().app.inject({ method: "GET", url: `/api/v1/invitations/${token}` });

  it("a person without a password gets one through the link, is signed in, and the link is used up", async () => {
    const person = await newPerson();
    const created = await invite(anna, person.id);
    expect(created.statusCode).toBe(201);
    const { link, expiresAt } = created.json<CreatedInvitation>();
    expect(link).toMatch(new RegExp(`^${ctx().config.publicUrl}/invite/[A-Za-z0-9_-]{43}$`));
    expect(Date.parse(expiresAt) - ctx().clock.now().getTime()).toBe(7 * DAY_MS);
    const token = tokenOf(created);

    const view = await look(token);
    expect(view.statusCode).toBe(200);
    expect(view.json<InvitationView>()).toMatchObject({
      name: person.name,
      email: person.email,
      organization: { name: anna.session.organization.name },
    });

    const accepted = await accept(token, NEW_PASSWORD);
    expect(accepted.statusCode).toBe(201);
    const session = accepted.json<Session>();
    expect(session.personId).toBe(person.id);
    const cookie = accepted.cookies.find((c) => c.name === "beredd_session");
    expect(cookie?.httpOnly).toBe(true);
    const me = await ctx().app.inject({
      method: "GET",
      url: "/api/v1/session",
      cookies: { beredd_session: cookie?.value ?? "" },
    });
    expect(me.json<Session>().personId).toBe(person.id);
    await expect(signIn(ctx().app, person.email, NEW_PASSWORD)).resolves.toBeDefined();

    const again = await accept(token, "ett-tredje-lösenord-3");
    expect(again.statusCode).toBe(410);
    expect(again.json<Problem>().code).toBe("gone");
    expect((await look(token)).statusCode).toBe(410);
    await expect(signIn(ctx().app, person.email, "ett-tredje-lösenord-3")).rejects.toThrow(/401/);

    const audit = await ctx()
      .deps.db.selectFrom("audit_events")
      .select("action")
      .where("subject_id", "=", person.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["invitation.created", "invitation.accepted"]),
    );
  });

  it("a person with a password: the new one replaces it and their other sessions end", async () => {
    const person = await newPerson(OLD_PASSWORD);
    const phone = await signIn(ctx().app, person.email, OLD_PASSWORD);
    const token = tokenOf(await invite(anna, person.id));
    expect((await accept(token, NEW_PASSWORD)).statusCode).toBe(201);
    expect((await phone.request("GET", "/api/v1/session")).statusCode).toBe(401);
    await expect(signIn(ctx().app, person.email, OLD_PASSWORD)).rejects.toThrow(/401/);
    await expect(signIn(ctx().app, person.email, NEW_PASSWORD)).resolves.toBeDefined();
  });

  it("a new link replaces the earlier one", async () => {
    const person = await newPerson();
    const first = tokenOf(await invite(anna, person.id));
    const second = tokenOf(await invite(anna, person.id));
    expect((await look(first)).statusCode).toBe(404);
    expect((await look(second)).statusCode).toBe(200);
  });

  it("a link expires after seven days", async () => {
    const person = await newPerson();
    const token = tokenOf(await invite(anna, person.id));
    ctx().clock.advance(7 * DAY_MS + 1000);
    expect((await look(token)).statusCode).toBe(410);
    const res = await accept(token, NEW_PASSWORD);
    expect(res.statusCode).toBe(410);
    await expect(signIn(ctx().app, person.email, NEW_PASSWORD)).rejects.toThrow(/401/);
  });

  it("a bad password is refused naming body/password and leaves the link usable", async () => {
    const person = await newPerson();
    const token = tokenOf(await invite(anna, person.id));
    const res = await accept(token, "kort");
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors?.map((e) => e.path)).toContain("body/password");
    expect((await look(token)).statusCode).toBe(200);
  });

  it("an unknown link is 404", async () => {
    const unknown = "x".repeat(43);
    expect((await look(unknown)).statusCode).toBe(404);
    expect((await accept(unknown, NEW_PASSWORD)).statusCode).toBe(404);
  });

  it("only an administrator of the person's own organisation invites, an active person with an address", async () => {
    const person = await newPerson();
    const other = await createOtherOrganization(ctx().deps);
    const stranger = await signIn(ctx().app, other.email, other.password);
    expect((await invite(stranger, person.id)).statusCode).toBe(404);
    const member = await signIn(ctx().app, DEMO_MEMBER, DEMO.password);
    expect((await invite(member, person.id)).statusCode).toBe(403);

    const noEmail = await anna.request("POST", "/api/v1/people", { name: "Utan adress" });
    const noEmailId = noEmail.json<{ id: string }>().id;
    expect((await invite(anna, noEmailId)).statusCode).toBe(409);
    await anna.request("PATCH", `/api/v1/people/${person.id}`, { active: false });
    expect((await invite(anna, person.id)).statusCode).toBe(409);
  });
});

describeEachDialect(
  "sign-in links are guessed no faster than passwords",
  (ctx) => {
    const guess = (remoteAddress: string) =>
      ctx().app.inject({
        method: "POST",
        url: `/api/v1/invitations/${"y".repeat(43)}`,
        payload: { password: NEW_PASSWORD },
        remoteAddress,
      });

    it("refuses an address past the sign-in rate, and lets another address on", async () => {
      for (let i = 0; i < 3; i++) expect((await guess("203.0.113.9")).statusCode).toBe(404);
      const limited = await guess("203.0.113.9");
      expect(limited.statusCode).toBe(429);
      expect(limited.json<Problem>().code).toBe("rate_limited");
      expect((await guess("198.51.100.9")).statusCode).toBe(404);
    });
  },
  { LOGIN_RATE_LIMIT: "3" },
);
