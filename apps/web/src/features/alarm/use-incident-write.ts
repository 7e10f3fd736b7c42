import { routes } from "@beredd/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { routeKeyPrefix } from "../../lib/query";

/**
 * A write to an incident that stays pending until the incident has been read again, so the
 * screen goes from "Sparar …" straight to what the server recorded (never to a guess).
 */
export function useIncidentWrite<I>(incidentId: string, write: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: I) => {
      await write(input);
      await client.refetchQueries({
        queryKey: routeKeyPrefix(routes.incidents.get, { id: incidentId }),
      });
    },
  });
}
