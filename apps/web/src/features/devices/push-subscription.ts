import type { RegisterDevice } from "@beredd/contracts";

/**
 * The browser side of a push subscription, shared by the app (which subscribes on a person's
 * tap) and the service worker (which subscribes again when the push service renews it).
 */

/** The VAPID key as the push manager takes it: base64url → the uncompressed P-256 point. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Whether a subscription was made with this key: a server with a new key needs a new one. */
export function madeWithKey(subscription: PushSubscription, publicKey: string): boolean {
  const key = subscription.options.applicationServerKey;
  if (!key) return false;
  const want = keyBytes(publicKey);
  const have = new Uint8Array(key);
  return have.length === want.length && have.every((byte, i) => byte === want[i]);
}

export function subscribe(
  registration: ServiceWorkerRegistration,
  publicKey: string,
): Promise<PushSubscription> {
  return registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
}

/** What the server registers: the subscription as `toJSON()` gives it, and how to name it. */
export function registrationBody(
  subscription: PushSubscription,
  device: { label: string; installed: boolean },
): RegisterDevice {
  const json = subscription.toJSON();
  return {
    endpoint: json.endpoint ?? subscription.endpoint,
    keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" },
    label: device.label,
    installed: device.installed,
  };
}
