import { useEffect } from "react";

/**
 * Once a session starts: a subscribed browser registers again (lastSeenAt, a renewed endpoint).
 * Loaded after the first screen, so the responder's first load does not carry it.
 */
export function RefreshThisDevice() {
  useEffect(() => {
    import("./this-browser")
      .then(({ refreshThisBrowser }) => refreshThisBrowser())
      .catch((error: unknown) =>
        console.error("Could not refresh this device's push registration", error),
      );
  }, []);
  return null;
}
