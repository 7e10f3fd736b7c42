import { routes, type PersonReadiness } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { routeQuery } from "../../lib/query";

/**
 * Who can be reached on a device, for the administrators (`enabled`): per person their devices
 * (null: none), or undefined while unknown to this reader.
 */
export function useDeviceReadiness(
  enabled: boolean,
): (personId: string) => PersonReadiness | null | undefined {
  const devices = useQuery({ ...routeQuery(routes.devices.readiness), enabled });
  const byPerson = useMemo(
    () => devices.data && new Map(devices.data.items.map((r) => [r.personId, r])),
    [devices.data],
  );
  return (personId) => byPerson && (byPerson.get(personId) ?? null);
}
