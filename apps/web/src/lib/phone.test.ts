import { Mobile } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import { formatMobile, normalizeMobile } from "./phone";

describe("normalizeMobile", () => {
  it.each([
    ["070-123 45 67", "+46701234567"],
    ["+46 70 123 45 67", "+46701234567"],
    ["+46 (0)70 123 45 67", "+46701234567"],
    ["0046701234567", "+46701234567"],
    ["+4791234567", "+4791234567"],
    ["  ", ""],
  ])("%s → %s", (input, expected) => {
    expect(normalizeMobile(input)).toBe(expected);
  });

  it("produces numbers the contract accepts", () => {
    expect(Mobile.safeParse(normalizeMobile("070-123 45 67")).success).toBe(true);
  });

  it("leaves nonsense for the schema to reject", () => {
    expect(Mobile.safeParse(normalizeMobile("ring mig")).success).toBe(false);
  });
});

describe("formatMobile", () => {
  it("groups Swedish mobile numbers", () => {
    expect(formatMobile("+46701234567")).toBe("+46 70 123 45 67");
    expect(formatMobile("+4791234567")).toBe("+4791234567");
  });
});
