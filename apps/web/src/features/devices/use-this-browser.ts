import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { canPromptInstall, onInstallPromptChange } from "./install-prompt";
import type { BrowserState } from "./readiness-checks";
import { readBrowserState } from "./this-browser";
import { readThisDevice, type ThisDevice } from "./this-device";

export interface ThisBrowser {
  /** null until read. */
  state: BrowserState | null;
  /** What this browser registered itself as, if it has. */
  registered: ThisDevice | null;
  canInstall: boolean;
  reload: () => void;
}

/**
 * This browser's state for the readiness checks, read again whenever the page is shown: the
 * person may have gone to the phone's settings, or added Beredd to the home screen, meanwhile.
 */
export function useThisBrowser(): ThisBrowser {
  const [state, setState] = useState<BrowserState | null>(null);
  const [registered, setRegistered] = useState<ThisDevice | null>(null);
  const canInstall = useSyncExternalStore(onInstallPromptChange, canPromptInstall);

  const reload = useCallback(() => {
    void Promise.all([readBrowserState(), readThisDevice().catch(() => undefined)]).then(
      ([next, device]) => {
        setState(next);
        setRegistered(device ?? null);
      },
    );
  }, []);

  useEffect(() => {
    reload();
    const shown = () => {
      if (document.visibilityState === "visible") reload();
    };
    document.addEventListener("visibilitychange", shown);
    window.addEventListener("focus", reload);
    return () => {
      document.removeEventListener("visibilitychange", shown);
      window.removeEventListener("focus", reload);
    };
  }, [reload]);

  return { state, registered, canInstall, reload };
}
