/// <reference lib="webworker" />
// Beredd's service worker (injectManifest): the precached app shell, index.html for navigations,
// never anything of the server's own paths, Background Sync for the raise outbox, and Web Push
// (sw/push.ts).
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { listenForPush } from "./sw/push";

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

/** Kept in step with features/raise/outbox.ts. */
const OUTBOX_SYNC_TAG = "beredd-raise-outbox";
/** Paths the server answers itself: an alarm system must never show a stale API answer. */
const serverPaths = [/^\/api\//, /^\/healthz/, /^\/readyz/, /^\/docs/];

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: serverPaths }),
);

// The update prompt (components/update-prompt.tsx) asks the waiting worker to take over.
self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

interface SyncEvent extends ExtendableEvent {
  tag: string;
}

// The network is back (Chromium's Background Sync): wake every open window so its outbox sends,
// with the person's session and CSRF token. The alarms stay in IndexedDB until the server answers.
self.addEventListener("sync" as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
  const sync = event as unknown as SyncEvent;
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    self.clients
      .matchAll({ type: "window" })
      .then((windows) => windows.forEach((w) => w.postMessage({ type: "outbox-sync" }))),
  );
});

listenForPush();
