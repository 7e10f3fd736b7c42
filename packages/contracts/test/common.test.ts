import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Email, Mobile, UpdateUnit } from "../src/index.js";

describe("shared field rules", () => {
  it("normalises e-mail addresses so sign-in does not depend on how they were typed", () => {
    expect(Email.parse("  Anna.Lindqvist@Exempelkommun.SE ")).toBe(
      "anna.lindqvist@exempelkommun.se",
    );
    expect(Email.safeParse("anna@").success).toBe(false);
  });

  it("takes mobile numbers in international form only, as SMS providers need them", () => {
    expect(Mobile.parse(" +46701740605 ")).toBe("+46701740605");
    for (const bad of ["0701740605", "070-174 06 05", "+0701740605", "+46"])
      expect(Mobile.safeParse(bad).success, bad).toBe(false);
  });

  it("rejects an update that changes nothing", () => {
    expect(UpdateUnit.safeParse({}).success).toBe(false);
    expect(UpdateUnit.safeParse({ active: false }).success).toBe(true);
    // The published schema says so too, for clients reading the OpenAPI document.
    expect(z.toJSONSchema(UpdateUnit, { io: "input" })).toMatchObject({ minProperties: 1 });
  });
});
