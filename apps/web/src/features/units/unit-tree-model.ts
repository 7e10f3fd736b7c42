import type { Locale, Unit, UnitKind } from "@beredd/contracts";

export interface UnitNode {
  unit: Unit;
  depth: number;
  children: UnitNode[];
}

/**
 * Builds the tree from the flat list. A unit whose parent is not in the list (for example an
 * active room under a hidden inactive building) is shown at the top level rather than lost, and
 * a cycle in bad data cannot make the walk loop.
 */
export function buildUnitTree(units: readonly Unit[], locale: Locale): UnitNode[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const visited = new Set<string>();
  const build = (parentId: string | null, depth: number): UnitNode[] =>
    (byParent.get(parentId) ?? [])
      .filter((unit) => !visited.has(unit.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((unit) => {
        visited.add(unit.id);
        return { unit, depth, children: build(unit.id, depth + 1) };
      });
  const roots = build(null, 0);
  const stranded = units.filter((u) => !visited.has(u.id));
  for (const unit of stranded) {
    if (!visited.has(unit.id)) {
      visited.add(unit.id);
      roots.push({ unit, depth: 0, children: build(unit.id, 1) });
    }
  }
  return roots;
}

/** Depth-first order, as the tree is read: for the parent picker and for counting. */
export function flattenTree(nodes: readonly UnitNode[]): UnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The unit and everything below it: none of them can become its parent. */
export function selfAndDescendants(units: readonly Unit[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

const childKind: Partial<Record<UnitKind, UnitKind>> = {
  organization: "administration",
  administration: "school",
  school: "building",
  preschool: "building",
  care_home: "building",
  office: "building",
  building: "room",
  department: "room",
};

/** A sensible first choice of kind for a new unit under a parent of the given kind. */
export function suggestedChildKind(parentKind: UnitKind | undefined): UnitKind {
  return parentKind ? (childKind[parentKind] ?? "other") : "organization";
}
