import type { BrowserContext, Page } from "playwright-core";

/** What `PushSubscription.toJSON()` gives: the push service's endpoint and the browser's keys. */
export interface SubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * Headless Chromium has no push service to subscribe at, so this replaces one thing only: the
 * browser's `PushManager.subscribe` and `getSubscription`, which here hand back a subscription
 * at the test's local push service (its endpoint and keys come from that peer, which holds the
 * private key and decrypts what the server sends, as a browser would). Everything else is real:
 * the permission, the service worker, the app's registration with the server, the server's
 * encrypted push to the endpoint, and the worker's receipt.
 */
export async function usePushService(context: BrowserContext, subscription: SubscriptionJson) {
  await context.grantPermissions(["notifications"]);
  // Plain JavaScript: it runs in the page, before the app (the e2e project has no DOM types).
  await context.addInitScript(`(() => {
    const json = ${JSON.stringify(subscription)};
    const flag = "e2e.push-subscribed";
    const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const toBase64 = (bytes) => btoa(String.fromCharCode(...bytes));
    const make = (key) => ({
      endpoint: json.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: fromBase64(key).buffer },
      toJSON: () => ({ endpoint: json.endpoint, expirationTime: null, keys: json.keys }),
      getKey: () => null,
      unsubscribe: () => {
        localStorage.removeItem(flag);
        return Promise.resolve(true);
      },
    });
    PushManager.prototype.getSubscription = function () {
      const key = localStorage.getItem(flag);
      return Promise.resolve(key === null ? null : make(key));
    };
    PushManager.prototype.subscribe = function (options) {
      const key = options && options.applicationServerKey;
      if (!(key instanceof Uint8Array)) throw new TypeError("expected the key as bytes");
      localStorage.setItem(flag, toBase64(key));
      return Promise.resolve(make(toBase64(key)));
    };
  })();`);
}

/**
 * Hands a push the local push service received to the page's service worker, through the
 * DevTools protocol (the push service a browser keeps a connection to is what headless Chromium
 * lacks). The worker gets the decrypted payload, as from a real push.
 */
export async function deliverPush(page: Page, payload: unknown): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const registrationId = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin,
    registrationId: await registrationId,
    data: JSON.stringify(payload),
  });
  await cdp.detach();
}

export interface ShownNotification {
  title: string;
  tag: string;
  body: string;
  requireInteraction: boolean;
  silent: boolean | null;
  actions: { action: string; title: string }[];
}

/** The notifications the page's service worker shows now, with what the platform kept of them. */
export function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(`navigator.serviceWorker.ready
    .then((registration) => registration.getNotifications())
    .then((shown) => shown.map((n) => ({
      title: n.title,
      tag: n.tag,
      body: n.body,
      requireInteraction: n.requireInteraction,
      silent: n.silent,
      actions: n.actions.map((a) => ({ action: a.action, title: a.title })),
    })))`);
}
