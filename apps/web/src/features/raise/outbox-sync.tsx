import { useEffect } from "react";
import { useCurrentSession } from "../session/session-context";
import { flushOutbox, pruneOutbox } from "./outbox";

const RETRY_MS = 10_000;

/**
 * Sends queued alarms the moment the network is back: at app start, on `online`, when the app is
 * shown or focused again, on a timer while it is open, and when the service worker's Background
 * Sync asks (Chromium). Mounted once in the signed-in layout; renders nothing.
 */
export function OutboxSync() {
  const { personId } = useCurrentSession();
  useEffect(() => {
    const flush = () => void flushOutbox(personId).catch(() => undefined);
    const onVisible = () => {
      if (document.visibilityState === "visible") flush();
    };
    const onWorkerMessage = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === "outbox-sync") flush();
    };
    void pruneOutbox().catch(() => undefined);
    flush();
    const timer = window.setInterval(flush, RETRY_MS);
    window.addEventListener("online", flush);
    window.addEventListener("focus", flush);
    document.addEventListener("visibilitychange", onVisible);
    navigator.serviceWorker?.addEventListener("message", onWorkerMessage);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", flush);
      window.removeEventListener("focus", flush);
      document.removeEventListener("visibilitychange", onVisible);
      navigator.serviceWorker?.removeEventListener("message", onWorkerMessage);
    };
  }, [personId]);
  return null;
}
