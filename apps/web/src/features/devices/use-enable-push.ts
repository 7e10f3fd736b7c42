import { routes } from "@beredd/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { routeKeyPrefix } from "../../lib/query";
import { askPermission, subscribeThisBrowser } from "./this-browser";

/**
 * One tap from "not asked" to "this device receives alarms": ask for the permission (only now,
 * on the tap), then subscribe and register. Resolves with the permission; the browser state and
 * the device list are read again whatever happened.
 */
export function useEnablePush(reload: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<NotificationPermission> => {
      const permission =
        Notification.permission === "default" ? await askPermission() : Notification.permission;
      if (permission === "granted") await subscribeThisBrowser();
      return permission;
    },
    onSettled: () => {
      reload();
      void client.invalidateQueries({ queryKey: routeKeyPrefix(routes.devices.list) });
    },
  });
}
