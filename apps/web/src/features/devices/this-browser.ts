import { type Device, routes } from "@beredd/contracts";
import { api } from "../../lib/api";
import { deviceLabel } from "./device-label";
import { madeWithKey, registrationBody, subscribe } from "./push-subscription";
import type { BrowserState } from "./readiness-checks";
import { forgetThisDevice, rememberThisDevice } from "./this-device";

/** Runs from the home screen: display-mode standalone, or Safari's own flag. */
export function isInstalled(): boolean {
  const standalone = (navigator as { standalone?: boolean }).standalone === true;
  return standalone || matchMedia("(display-mode: standalone)").matches;
}

/** iPhone, iPod or iPad (iPadOS says "Macintosh" but has a touch screen). */
export function isApple(): boolean {
  const ua = navigator.userAgent;
  return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}

export const isAndroid = (): boolean => /Android/.test(navigator.userAgent);

const pushAvailable = () =>
  "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushAvailable()) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export async function readBrowserState(): Promise<BrowserState> {
  const available = pushAvailable();
  return {
    apple: isApple(),
    installed: isInstalled(),
    pushAvailable: available,
    permission: available ? Notification.permission : "unsupported",
    subscribed: (await currentSubscription()) !== null,
  };
}

/** Tells the server about this browser's subscription (new, or again to refresh lastSeenAt). */
async function register(subscription: PushSubscription): Promise<Device> {
  const device = { label: deviceLabel(navigator.userAgent), installed: isInstalled() };
  const registered = await api.call(routes.devices.register, {
    body: registrationBody(subscription, device),
  });
  await rememberThisDevice({ id: registered.id, ...device });
  return registered;
}

/**
 * The person tapped "Tillåt aviseringar": only now is the permission asked (browsers refuse or
 * bury a question that comes without a tap). Resolves with the permission the person chose.
 */
export function askPermission(): Promise<NotificationPermission> {
  return Notification.requestPermission();
}

/** Subscribes this browser with the server's VAPID key and registers it. */
export async function subscribeThisBrowser(): Promise<Device> {
  const [{ publicKey }, registration] = await Promise.all([
    api.call(routes.devices.pushKey),
    navigator.serviceWorker.ready,
  ]);
  const existing = await registration.pushManager.getSubscription();
  if (existing && madeWithKey(existing, publicKey)) return register(existing);
  // Made with another key (the server's changed): the push service would refuse our pushes.
  await existing?.unsubscribe();
  return register(await subscribe(registration, publicKey));
}

/** At start: a browser that is subscribed says so again, so the server sees it is still used. */
export async function refreshThisBrowser(): Promise<void> {
  if (!pushAvailable() || Notification.permission !== "granted") return;
  const subscription = await currentSubscription();
  if (subscription) await register(subscription);
}

/** This device was removed: the browser stops its subscription too, or the next start would
 * register it again. */
export async function unsubscribeThisBrowser(): Promise<void> {
  await (await currentSubscription())?.unsubscribe();
  await forgetThisDevice();
}
