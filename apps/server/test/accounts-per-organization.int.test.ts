import type { Person, Problem } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { signIn, type Agent } from "./client.js";
import { describeEachDialect } from "./harness.js";
import { createOtherOrganization, DEMO, DEMO_MEMBER, seedDemoOrganization } from "./fixtures.js";

/** What an administrator sees of an answer, with what differs between any two people left out. */
const seen = (res: { statusCode: number; headers: Record<string, unknown>; body: string }) => {
  const {
    id: _id,
    email: _email,
    name: _name,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = JSON.parse(res.body) as Person & Record<string, unknown>;
  return { status: res.statusCode, type: res.headers["content-type"], rest };
};

describeEachDialect("accounts belong to one organisation", (ctx) => {
  let other: Awaited<ReturnType<typeof createOtherOrganization>>;
  let otherAdmin: Agent;

  beforeAll(async () => {
    await seedDemoOrganization(ctx().deps);
    other = await createOtherOrganization(ctx().deps);
    otherAdmin = await signIn(ctx().app, other.email, other.password);
  });

  it("answers an address with an account in another organisation as it answers a fresh one", async () => {
    const create = (name: string, email: string) =>
      otherAdmin.request("POST", "/api/v1/people", {
        name,
        email,
        password: "a-password-of-their-own",
      });
    const fresh = await create("Ny Person", "ny.person@annan-kommun.se");
    const elsewhere = await create("Anna Lindqvist", DEMO.email);
    expect(seen(elsewhere)).toEqual(seen(fresh));
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json<Person>()).toMatchObject({ email: DEMO.email, canSignIn: true });

    // Each account signs in to its own organisation, with its own password.
    const there = await signIn(ctx().app, DEMO.email, "a-password-of-their-own");
    expect(there.session.organization.id).toBe(other.organizationId);
    const home = await signIn(ctx().app, DEMO.email, DEMO.password);
    expect(home.session.organization.name).not.toBe("Annan kommun");
    expect(home.session.accessRole).toBe("admin");

    // The other organisation's admin resetting "their" Anna's password touches only their account.
    const reset = await otherAdmin.request(
      "PATCH",
      `/api/v1/people/${elsewhere.json<Person>().id}`,
      { password: "reset-by-the-other-admin" },
    );
    expect(reset.statusCode).toBe(200);
    expect((await signIn(ctx().app, DEMO.email, DEMO.password)).session.accessRole).toBe("admin");
    expect((await home.request("GET", "/api/v1/session")).statusCode).toBe(200);

    // Moving a person to an address another organisation uses is no conflict either.
    const moved = await otherAdmin.request("PATCH", `/api/v1/people/${fresh.json<Person>().id}`, {
      email: DEMO_MEMBER,
    });
    expect(moved.statusCode).toBe(200);
  });

  it("still refuses a second account for an address within the organisation", async () => {
    const again = await otherAdmin.request("POST", "/api/v1/people", {
      name: "Anna L",
      email: DEMO.email,
      password: "yet-another-password",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().errors?.[0]).toMatchObject({ path: "body/email", code: "taken" });
  });
});
