/// <reference lib="webworker" />
// Web Push in the service worker: show the alarm, confirm to the server that it was shown,
// open the app on a tap, acknowledge from the notification's button, and keep the subscription.
import { pathOf, PushPayload, routes, type RouteSpec } from "@beredd/contracts";
import { deviceLabel } from "../features/devices/device-label";
import { registrationBody, subscribe } from "../features/devices/push-subscription";
import { readThisDevice, rememberThisDevice } from "../features/devices/this-device";
import { alarm as en } from "../i18n/en/alarm";
import { alarm as sv } from "../i18n/sv/alarm";
import { sharedLocale } from "../lib/worker-locale";
import { notificationFor } from "./notification";

declare const self: ServiceWorkerGlobalScope;

/** The person's interface language as the app last shared it, else the phone's. */
async function words() {
  const shared = await sharedLocale().catch(() => undefined);
  const locale = shared ?? (self.navigator.language.startsWith("sv") ? "sv" : "en");
  return (locale === "sv" ? sv : en).notification;
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** A write with the person's session, as the app makes it: the session's CSRF token with it. */
async function asPerson(route: RouteSpec, path: string, body: unknown): Promise<Response | null> {
  const session = await fetch(routes.session.get.path, { credentials: "same-origin" });
  if (!session.ok) return null;
  const { csrfToken } = routes.session.get.responses[200].parse(await session.json());
  const init = json(body);
  return fetch(path, {
    ...init,
    method: route.method,
    credentials: "same-origin",
    headers: { ...init.headers, "x-csrf-token": csrfToken },
  });
}

async function showPush(data: PushMessageData | null): Promise<void> {
  let parsed;
  try {
    parsed = PushPayload.safeParse(data?.json());
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    // Every push must show something (iPhone ends the subscription otherwise): say that it came.
    const { unreadable } = await words();
    await self.registration.showNotification("Beredd", { body: unreadable, tag: "beredd" });
    return;
  }
  const payload = parsed.data;
  const { title, options } = notificationFor(payload, {
    // Chromium and Firefox show two buttons; Safari has no `maxActions` and shows none.
    maxActions: (Notification as { maxActions?: number }).maxActions ?? 0,
    words: await words(),
  });
  await self.registration.showNotification(title, options);
  // Shown: the server may now say "levererat till telefonen". No session needed, the token is
  // the proof. A receipt that does not arrive leaves the delivery at "sent", which is the truth.
  await fetch(routes.devices.receipt.path, json({ token: payload.receipt })).catch(() => undefined);
}

/** Focuses a window of the app on `url`, or opens one there. */
async function openApp(url: string): Promise<void> {
  const target = new URL(url, self.location.origin);
  const href = target.origin === self.location.origin ? target.href : self.location.origin;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows[0];
  if (!open) {
    await self.clients.openWindow(href);
    return;
  }
  const focused = await open.focus();
  if (focused.url !== href) await focused.navigate(href).catch(() => self.clients.openWindow(href));
}

/** "Kvittera" on the notification: the same answer as the takeover's first button. */
async function acknowledge(payload: PushPayload): Promise<boolean> {
  if (payload.incidentId === null) return false;
  const route = routes.participation.answer;
  const answered = await asPerson(route, pathOf(route, { id: payload.incidentId }), {
    answer: "acknowledged",
  }).catch(() => null);
  if (!answered?.ok) return false;
  await self.registration.showNotification(payload.title, {
    body: (await words()).acknowledged,
    tag: payload.tag,
    silent: true,
    data: payload,
  });
  return true;
}

/** The push service renewed or dropped the subscription: subscribe again and tell the server. */
async function resubscribe(event: PushSubscriptionChangeEvent): Promise<void> {
  const key = await fetch(routes.devices.pushKey.path, { credentials: "same-origin" });
  if (!key.ok) return; // Signed out: the app registers again after the next sign-in.
  const { publicKey } = routes.devices.pushKey.responses[200].parse(await key.json());
  const subscription = event.newSubscription ?? (await subscribe(self.registration, publicKey));
  const known = await readThisDevice();
  const device = known ?? { label: deviceLabel(self.navigator.userAgent), installed: false };
  const route = routes.devices.register;
  const answer = await asPerson(route, route.path, registrationBody(subscription, device));
  if (!answer?.ok) return;
  const registered = route.responses[200].parse(await answer.json());
  await rememberThisDevice({ id: registered.id, label: device.label, installed: device.installed });
}

interface PushSubscriptionChangeEvent extends ExtendableEvent {
  readonly newSubscription: PushSubscription | null;
  readonly oldSubscription: PushSubscription | null;
}

export function listenForPush(): void {
  self.addEventListener("push", (event) => event.waitUntil(showPush(event.data)));

  self.addEventListener("notificationclick", (event) => {
    event.notification.close();
    const parsed = PushPayload.safeParse(event.notification.data);
    const payload = parsed.success ? parsed.data : null;
    event.waitUntil(
      (async () => {
        if (payload && event.action === "acknowledge" && (await acknowledge(payload))) return;
        await openApp(payload?.url ?? "/");
      })(),
    );
  });

  self.addEventListener("pushsubscriptionchange" as keyof ServiceWorkerGlobalScopeEventMap, (e) => {
    const event = e as unknown as PushSubscriptionChangeEvent;
    event.waitUntil(resubscribe(event).catch(() => undefined));
  });
}
