import { describe, expect, it } from "vitest";
import { z } from "zod";
import { allRoutes, pathOf, routes } from "../src/index.js";

const pathParams = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();

describe("the route table", () => {
  it("names each method and path once", () => {
    const seen = allRoutes().map(({ route }) => `${route.method} ${route.path}`);
    expect(seen.filter((entry, i) => seen.indexOf(entry) !== i)).toEqual([]);
  });

  it("has a params schema with exactly the path's :params, so a path can always be built", () => {
    for (const { key, route } of allRoutes()) {
      const keys = route.params instanceof z.ZodObject ? Object.keys(route.params.shape) : [];
      expect(keys.sort(), key).toEqual(pathParams(route.path));
    }
  });

  it("builds a path from params, each value one encoded segment", () => {
    expect(pathOf(routes.incidentRoles.setStaffing, { id: "a/b", unitId: "c d" })).toBe(
      "/api/v1/incident-roles/a%2Fb/staffing/c%20d",
    );
    expect(() => pathOf(routes.units.get, {})).toThrow(/:id/);
  });
});
