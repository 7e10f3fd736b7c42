import type { Problem } from "@beredd/contracts";
import { beforeAll, expect, it } from "vitest";
import { describeEachDialect } from "./harness.js";
import { DEMO, seedDemoOrganization } from "./fixtures.js";

/** Demo accounts, each with the demo password: the spray's targets. */
const accounts = ["erik.johansson", "maria.karlsson", "johan.nilsson", "sara.andersson"].map(
  (name) => `${name}@exempelkommun.se`,
);

describeEachDialect(
  "sign-in limit per source address",
  (ctx) => {
    const attempt = (email: string, password: string, remoteAddress = "203.0.113.7") =>
      ctx().app.inject({
        method: "POST",
        url: "/api/v1/session",
        payload: { email, password },
        remoteAddress,
      });
    beforeAll(() => seedDemoOrganization(ctx().deps));

    it("stops one password sprayed over many accounts from one address, and tells when to try again", async () => {
      // One wrong guess per account: the limit per address and account never comes into it.
      for (const email of accounts.slice(0, 3))
        expect((await attempt(email, "Sommar2026!")).statusCode).toBe(401);
      ctx().clock.advance(60_000);
      const limited = await attempt(accounts[3] ?? "", "Sommar2026!");
      expect(limited.statusCode).toBe(429);
      expect(limited.json<Problem>().code).toBe("rate_limited");
      // The 15-minute window started with the first failure, a minute ago.
      expect(limited.headers["retry-after"]).toBe(String(14 * 60));
      // While the address waits, even a right password from it is refused; other addresses sign in.
      expect((await attempt(DEMO.email, DEMO.password)).statusCode).toBe(429);
      expect((await attempt(DEMO.email, DEMO.password, "198.51.100.20")).statusCode).toBe(201);
      expect((await attempt(accounts[3] ?? "", "Sommar2026!", "198.51.100.20")).statusCode).toBe(
        401,
      );
    });

    it("does not count successful sign-ins, and lets the address in again after the window", async () => {
      for (let i = 0; i < 5; i++)
        expect((await attempt(DEMO.email, DEMO.password, "192.0.2.55")).statusCode).toBe(201);
      ctx().clock.advance(14 * 60_000);
      expect((await attempt(DEMO.email, DEMO.password)).statusCode).toBe(201);
    });
  },
  // The per-address-and-account limit stays high, so only the per-address one is tested here.
  { LOGIN_SOURCE_FAILURE_LIMIT: "3", LOGIN_RATE_LIMIT: "100" },
);
