import type { Person, Unit } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { peopleQueries } from "../people/people-api";
import { unitQueries } from "../units/units-api";
import { roleQueries } from "./roles-api";

/**
 * What the role screens read: the role, who staffs it at each unit, the units (for the tree and
 * for inheritance) and the people (for their names, also those since deactivated).
 */
export function useStaffingData(roleId: string) {
  const roles = useQuery(roleQueries.all());
  const staffing = useQuery(roleQueries.staffing(roleId));
  const units = useQuery(unitQueries.all(true));
  const people = useQuery(peopleQueries.all({ includeInactive: "true" }));
  const unitsById = useMemo(
    () => new Map<string, Unit>((units.data?.items ?? []).map((u) => [u.id, u])),
    [units.data],
  );
  const peopleById = useMemo(
    () => new Map<string, Person>((people.data?.items ?? []).map((p) => [p.id, p])),
    [people.data],
  );
  return {
    queries: [roles, staffing, units, people] as const,
    role: roles.data?.items.find((r) => r.id === roleId),
    staffing: staffing.data?.items ?? [],
    units: units.data?.items ?? [],
    unitsById,
    peopleById,
    people: people.data?.items ?? [],
  };
}
