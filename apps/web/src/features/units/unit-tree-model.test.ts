import type { Unit } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import {
  buildUnitTree,
  flattenTree,
  selfAndDescendants,
  suggestedChildKind,
} from "./unit-tree-model";

let n = 0;
function unit(name: string, parentId: string | null, active = true): Unit {
  n += 1;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`,
    parentId,
    name,
    kind: "other",
    active,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}

describe("buildUnitTree", () => {
  it("nests units under their parents, sorted by name in the locale", () => {
    const root = unit("Kommun", null);
    const b = unit("Östra skolan", root.id);
    const a = unit("Ängsskolan", root.id);
    const c = unit("Hus A", a.id);
    const tree = buildUnitTree([c, b, a, root], "sv");
    expect(tree).toHaveLength(1);
    expect(tree[0]?.children.map((x) => x.unit.name)).toEqual(["Ängsskolan", "Östra skolan"]);
    expect(tree[0]?.children[0]?.children[0]?.unit.name).toBe("Hus A");
    expect(flattenTree(tree).map((x) => x.depth)).toEqual([0, 1, 2, 1]);
  });

  it("keeps a unit whose parent is missing, at the top level", () => {
    const orphan = unit("Rum 1", "00000000-0000-7000-8000-999999999999");
    expect(buildUnitTree([orphan], "sv").map((x) => x.unit.name)).toEqual(["Rum 1"]);
  });

  it("does not loop on a cycle in the data", () => {
    const a = unit("A", null);
    const b = unit("B", a.id);
    const cyclic = { ...a, parentId: b.id };
    const flat = flattenTree(buildUnitTree([cyclic, b], "sv"));
    expect(flat.map((x) => x.unit.name).sort()).toEqual(["A", "B"]);
  });
});

describe("selfAndDescendants", () => {
  it("finds every unit below, however deep", () => {
    const a = unit("A", null);
    const b = unit("B", a.id);
    const c = unit("C", b.id);
    const d = unit("D", null);
    expect(selfAndDescendants([d, c, b, a], a.id)).toEqual(new Set([a.id, b.id, c.id]));
  });
});

describe("suggestedChildKind", () => {
  it("suggests the next level down", () => {
    expect(suggestedChildKind("school")).toBe("building");
    expect(suggestedChildKind("building")).toBe("room");
    expect(suggestedChildKind(undefined)).toBe("organization");
    expect(suggestedChildKind("room")).toBe("other");
  });
});
