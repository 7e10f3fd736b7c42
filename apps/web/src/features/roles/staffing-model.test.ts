import type { Staffing, Unit } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import { effectiveStaffing, moveItem, roleKeyFrom } from "./staffing-model";

const unit = (id: string, parentId: string | null): Unit => ({
  id,
  parentId,
  name: id,
  kind: "other",
  active: true,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
});
const units = new Map(
  [unit("kommun", null), unit("skola", "kommun"), unit("husA", "skola"), unit("a101", "husA")].map(
    (u) => [u.id, u],
  ),
);
const at = (unitId: string, people: string[], deputies: string[] = []): Staffing => ({
  roleId: "r",
  unitId,
  people,
  deputies,
});

describe("effectiveStaffing", () => {
  it("is the unit's own staffing when it has one", () => {
    const found = effectiveStaffing("husA", units, [at("skola", ["p1"]), at("husA", ["p2"])]);
    expect(found?.from.id).toBe("husA");
    expect(found?.inherited).toBe(false);
  });

  it("is inherited from the nearest unit above that has one", () => {
    const found = effectiveStaffing("a101", units, [at("kommun", ["p0"]), at("skola", ["p1"])]);
    expect(found?.from.id).toBe("skola");
    expect(found?.inherited).toBe(true);
    expect(found?.staffing.people).toEqual(["p1"]);
  });

  it("skips an emptied staffing, and is nothing when no unit above has one", () => {
    expect(effectiveStaffing("husA", units, [at("husA", [])])).toBeUndefined();
  });

  it("does not loop on a cycle in bad data", () => {
    const cyclic = new Map([
      ["x", unit("x", "y")],
      ["y", unit("y", "x")],
    ]);
    expect(effectiveStaffing("x", cyclic, [])).toBeUndefined();
  });
});

describe("moveItem", () => {
  it("swaps an item with its neighbour", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
  });

  it("leaves the list as it was at either end", () => {
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, 1)).toEqual(["a", "b"]);
  });
});

describe("roleKeyFrom", () => {
  it("makes a key the contract accepts from a Swedish name", () => {
    expect(roleKeyFrom("Första hjälpare")).toBe("forsta_hjalpare");
    expect(roleKeyFrom("  IT-jour!  ")).toBe("it_jour");
    expect(roleKeyFrom("åäö")).toBe("aao");
    expect(roleKeyFrom("???")).toBe("role");
  });
});
