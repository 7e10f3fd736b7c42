import type { Problem } from "@beredd/contracts";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";
import { connect, type SocketClient } from "./socket-client.js";

const PASSWORD = "ett-långt-lösenord-1";

describeEachDialect(
  "sessions that end when they should",
  (ctx) => {
    let port: number;
    let anna: Agent;
    let serial = 0;
    const open: SocketClient[] = [];

    beforeAll(async () => {
      await seedDemoOrganization(ctx().deps);
      await ctx().app.listen({ port: 0, host: "127.0.0.1" });
      port = (ctx().app.server.address() as AddressInfo).port;
      anna = await signIn(ctx().app, DEMO.email, DEMO.password);
    });
    afterAll(() => Promise.all(open.map((c) => c.close())));

    /** A new member who can sign in, signed in on two devices: a phone with a socket, a laptop. */
    async function memberOnTwoDevices() {
      serial += 1;
      const email = `person${serial}@exempelkommun.se`;
      const created = await anna.request("POST", "/api/v1/people", {
        name: `Person ${serial}`,
        email,
        password: PASSWORD,
      });
      expect(created.statusCode).toBe(201);
      const phone = await signIn(ctx().app, email, PASSWORD);
      const laptop = await signIn(ctx().app, email, PASSWORD);
      const socket = await connect(port, { cookie: phone.cookie });
      open.push(socket);
      await socket.waitFor((m) => m.type === "hello");
      return { id: created.json<{ id: string }>().id, email, phone, laptop, socket };
    }
    const signedIn = async (agent: Agent) =>
      (await agent.request("GET", "/api/v1/session")).statusCode === 200;

    it("an admin's password reset ends every session and socket of the person", async () => {
      const eva = await memberOnTwoDevices();
      const reset = await anna.request("PATCH", `/api/v1/people/${eva.id}`, {
        password: "ett-nytt-lösenord-22",
      });
      expect(reset.statusCode).toBe(200);
      expect(await signedIn(eva.phone)).toBe(false);
      expect(await signedIn(eva.laptop)).toBe(false);
      expect((await eva.socket.closed).code).toBe(4001);
      await expect(signIn(ctx().app, eva.email, PASSWORD)).rejects.toThrow(/401/);
      expect(await signedIn(anna)).toBe(true);
    });

    it("a new e-mail address or access role ends the person's sessions; a name change does not", async () => {
      const eva = await memberOnTwoDevices();
      await anna.request("PATCH", `/api/v1/people/${eva.id}`, { name: "Eva Ny" });
      expect(await signedIn(eva.phone)).toBe(true);
      await anna.request("PATCH", `/api/v1/people/${eva.id}`, { email: `ny.${eva.email}` });
      expect(await signedIn(eva.phone)).toBe(false);
      expect(await signedIn(eva.laptop)).toBe(false);
      expect((await eva.socket.closed).code).toBe(4001);

      const lars = await memberOnTwoDevices();
      await anna.request("PATCH", `/api/v1/people/${lars.id}`, { accessRole: "coordinator" });
      expect(await signedIn(lars.phone)).toBe(false);
      const again = await signIn(ctx().app, lars.email, PASSWORD);
      expect(again.session.accessRole).toBe("coordinator");
    });

    it("a person changes their own password: the current one is proven, other devices sign out", async () => {
      const eva = await memberOnTwoDevices();
      const wrong = await eva.laptop.request("PUT", "/api/v1/me/password", {
        currentPassword: "inte-lösenordet",
        newPassword: "ett-nytt-lösenord-33",
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json<Problem>().errors).toEqual([
        expect.objectContaining({ path: "body/currentPassword", code: "wrong" }),
      ]);
      const short = await eva.laptop.request("PUT", "/api/v1/me/password", {
        currentPassword: PASSWORD,
        newPassword: "kort",
      });
      expect(short.statusCode).toBe(400);
      expect(short.json<Problem>().errors?.[0]?.path).toBe("body/newPassword");
      expect(await signedIn(eva.phone)).toBe(true);

      const changed = await eva.laptop.request("PUT", "/api/v1/me/password", {
        currentPassword: PASSWORD,
        newPassword: "ett-nytt-lösenord-33",
      });
      expect(changed.statusCode).toBe(204);
      expect(await signedIn(eva.laptop)).toBe(true);
      expect(await signedIn(eva.phone)).toBe(false);
      expect((await eva.socket.closed).code).toBe(4001);
      await expect(signIn(ctx().app, eva.email, "ett-nytt-lösenord-33")).resolves.toBeDefined();
    });

    it("'sign out everywhere else' keeps this session only; an admin can end all of a person's", async () => {
      const eva = await memberOnTwoDevices();
      const others = await eva.laptop.request("DELETE", "/api/v1/me/sessions");
      expect(others.json()).toEqual({ ended: 1 });
      expect(await signedIn(eva.laptop)).toBe(true);
      expect(await signedIn(eva.phone)).toBe(false);
      expect((await eva.socket.closed).code).toBe(4001);

      const member = await eva.laptop.request(
        "DELETE",
        `/api/v1/people/${anna.session.personId}/sessions`,
      );
      expect(member.statusCode).toBe(403);
      expect(await signedIn(anna)).toBe(true);
      const ended = await anna.request("DELETE", `/api/v1/people/${eva.id}/sessions`);
      expect(ended.json()).toEqual({ ended: 1 });
      expect(await signedIn(eva.laptop)).toBe(false);
      const audit = await ctx()
        .deps.db.selectFrom("audit_events")
        .select(["action", "actor_id"])
        .where("subject_id", "=", eva.id)
        .where("action", "=", "sessions.ended")
        .execute();
      expect(audit.map((a) => a.actor_id).sort()).toEqual([anna.session.personId, eva.id].sort());
    });
  },
  { REALTIME_REVALIDATE_MS: "100" },
);
