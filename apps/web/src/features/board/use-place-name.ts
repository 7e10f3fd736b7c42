import { useQuery } from "@tanstack/react-query";
import { unitQueries } from "../units/units-api";

/** The name of a unit by id, once the units are read (the id until then). */
export function usePlaceName(): (unitId: string) => string {
  const units = useQuery(unitQueries.all(true));
  const names = new Map(units.data?.items.map((u) => [u.id, u.name]));
  return (unitId) => names.get(unitId) ?? "…";
}
